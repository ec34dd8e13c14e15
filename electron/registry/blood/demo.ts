// The blood program's share of the demo registry: most adults are donors with a few donations
// over the years, mostly keeping the intervals (a few overridden, as in real offices), some
// visits deferred, and many of them at drives run with partner units. Bulk inserts with
// prepared statements and no per-row audit: the demo builds millions of rows.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { DEFERRAL_REASONS, type DeferralReason, type DonationKind } from '../../contract/blood';
import { RULES } from '../../contract/rules';
import type { DemoPerson, Rng, Seeder } from '../demo/types';
import { refreshDonors } from './donorSummary';

const DAY_MS = 86_400_000;
const toDay = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
const toIso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

// The shipped rules: the demo is about realistic histories, not about rule versions.
const INTERVALS = RULES['blood.intervals'].defaultValue;
const YEARS_OF_HISTORY = 15;
const DRIVE_VISITS = 25;

const PARTNER_UNITS = [
  '区人民医院', '区中医院', '区妇幼保健院', '第一中学', '第二中学', '实验中学', '职业技术学院', '区税务局', '区公安分局', '区消防救援大队',
  '区城管局', '区教育局', '供电局', '自来水公司', '燃气公司', '工商银行支行', '建设银行支行', '农业银行支行', '中国移动营业部', '中国邮政支局',
  '科技园管委会', '高新技术企业协会', '青年志愿者协会', '区总工会', '团区委', '区妇联', '某某电子厂', '某某纺织厂', '物流园区', '万达广场',
] as const;
const SITES = ['市民广场献血屋', '人民公园东门', '科技园广场', '步行街献血车', '区政府大院', '大学城', '火车站广场', '体育中心', '工业园区', '万达广场'] as const;
const ORGANISERS = ['区红十字会', '中心血站', '区卫生健康局', '街道办事处', '团区委'] as const;
const VOLUMES = [
  [400, 60],
  [300, 25],
  [200, 15],
] as const;
const REASONS = DEFERRAL_REASONS.map((r) => [r, r === 'haemoglobin' || r === 'blood_pressure' ? 3 : 1] as const);

interface Drive {
  readonly id: number;
  readonly day: number;
}

function interval(from: DonationKind, to: DonationKind): number {
  if (from === 'whole_blood') return to === 'whole_blood' ? INTERVALS.wholeToWholeDays : INTERVALS.wholeToPlateletsDays;
  return to === 'whole_blood' ? INTERVALS.plateletsToWholeDays : INTERVALS.plateletsToPlateletsDays;
}

/** The first drive on or after `day`, if it is within two months; else the donor walks in. */
function driveFrom(drives: readonly Drive[], day: number): Drive | null {
  let lo = 0;
  let hi = drives.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (drives[mid].day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo < drives.length && drives[lo].day - day <= 60 ? drives[lo] : null;
}

/** Dated from the demo's own day, so the same seed gives the same registry. */
function unitIds(db: Database, today: string): number[] {
  const add = db.prepare('INSERT OR IGNORE INTO partner_unit (name, created_at) VALUES (?, ?)');
  for (const name of PARTNER_UNITS) add.run(name, today);
  return db.prepare('SELECT id FROM partner_unit WHERE name IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(PARTNER_UNITS)) as number[];
}

function seedDrives(db: Database, rng: Rng, count: number, first: number, last: number): Drive[] {
  const units = unitIds(db, toIso(last));
  const insert = db.prepare(
    "INSERT INTO blood_drive (date, site, organiser, notes, created_at, created_by, updated_at) VALUES (?, ?, ?, NULL, ?, 'demo', ?)",
  );
  const link = db.prepare('INSERT OR IGNORE INTO blood_drive_partner (drive_id, unit_id) VALUES (?, ?)');
  const drives: Drive[] = [];
  for (let i = 0; i < count; i++) {
    const day = rng.int(first, last);
    const at = `${toIso(day)}T02:00:00.000Z`;
    const id = Number(insert.run(toIso(day), rng.pick(SITES), rng.pick(ORGANISERS), at, at).lastInsertRowid);
    for (let u = rng.int(0, 3); u > 0; u--) link.run(id, rng.pick(units));
    drives.push({ id, day });
  }
  return drives.sort((a, b) => a.day - b.day);
}

/** Blood donations, deferrals and drives for one batch of demo people. */
export const seedBlood: Seeder = (db, rng, people, { today }) => {
  const last = toDay(today);
  const first = last - 365 * YEARS_OF_HISTORY;
  const drives = seedDrives(db, rng, Math.max(1, Math.round((people.length * 2) / DRIVE_VISITS)), first, last);
  let certificate = (db.prepare('SELECT coalesce(max(id), 0) AS n FROM donation').pluck().get() as number) + 1;
  const insert = db.prepare(
    `INSERT INTO donation (person_id, date, kind, outcome, volume_ml, units, deferral_reason, deferral_note, drive_id, certificate_no,
                           adverse_reaction, physician_approved, override_reason, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 'demo')`,
  );

  const seedDonor = (person: DemoPerson) => {
    // Date.UTC rolls 29 February over to 1 March, the day such a birthday counts in other years.
    const birthday = (age: number) => toDay(`${Number(person.birthDate.slice(0, 4)) + age}${person.birthDate.slice(4)}`);
    const tooOld = birthday(56);
    let day = Math.max(birthday(18), first) + rng.int(0, 365 * 6);
    // The last donation of each kind: both intervals bind the next one.
    const lastOf: Record<DonationKind, number | null> = { whole_blood: null, platelets: null };
    for (let visits = rng.int(1, 6); visits > 0; visits--) {
      const kind: DonationKind = rng.chance(0.85) ? 'whole_blood' : 'platelets';
      const allowed = Math.max(day, ...(['whole_blood', 'platelets'] as const).map((k) => (lastOf[k] === null ? day : lastOf[k] + interval(k, kind))));
      // Mostly some time after the intervals; now and then a few days early, entered with an override.
      const early = allowed > day && rng.chance(0.01);
      day = early ? allowed - rng.int(1, 10) : allowed + (lastOf.whole_blood === null && lastOf.platelets === null ? 0 : rng.int(0, 500));
      const drive = early || rng.chance(0.4) ? null : driveFrom(drives, day);
      if (drive) day = drive.day;
      if (day > last || day >= tooOld) break;
      const date = toIso(day);
      const createdAt = `${date}T03:00:00.000Z`;
      if (rng.chance(0.05)) {
        const reason: DeferralReason = rng.weighted(REASONS);
        insert.run(person.id, date, kind, 'deferred', null, null, reason, reason === 'other' ? '献血前一晚熬夜' : null, drive?.id ?? null, null, 0, null, createdAt);
        day += rng.int(7, 60);
        continue;
      }
      const volume = kind === 'whole_blood' ? rng.weighted(VOLUMES) : null;
      const units = kind === 'platelets' ? (rng.chance(0.7) ? 1 : 2) : null;
      const no = rng.chance(0.9) ? `${date.slice(0, 4)}${String(certificate++).padStart(9, '0')}` : null;
      const override = early ? '献血者要求提前献血，经体检医师同意' : null;
      insert.run(person.id, date, kind, 'donated', volume, units, null, null, drive?.id ?? null, no, rng.chance(0.01) ? 1 : 0, override, createdAt);
      lastOf[kind] = day;
    }
  };

  const donors = people.filter(() => rng.chance(0.9));
  for (const person of donors) seedDonor(person);
  refreshDonors(db, donors.map((p) => p.id));
};
