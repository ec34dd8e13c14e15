// The dashboard on a demo registry: each tile, chart series and work list equals what the raw
// rows say when counted here in plain JavaScript.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { DonationInput } from '../../../electron/contract/blood';
import { PersonInput } from '../../../electron/contract/people';
import { recordDonation } from '../../../electron/registry/blood/donations';
import { createPerson } from '../../../electron/registry/people/repository';
import { WAITING_STAGES } from '../../../electron/contract/overview';
import { ENROLLMENT_STATUSES, PIPELINE } from '../../../electron/contract/stemcell';
import { eligibilityOn, type PastDonation } from '../../../electron/registry/blood/eligibility';
import { eligibilityRules } from '../../../electron/registry/blood/rules';
import { fillDemoRegistry } from '../../../electron/registry/demo/generate';
import { getDashboard } from '../../../electron/registry/overview/dashboard';
import { tempRegistry } from '../helpers/tmp';
import { medianHours, monthList, monthVolumes, readRows, volumes } from './expected';
import { seedWristband } from './wristbandSeed';

const TODAY = '2026-06-15';
const WAITING_DAYS = 45;

/**
 * Donors whose interval ends around the week from TODAY, recorded as staff would: the demo has
 * few of them in a registry this small. Some become eligible within the week, some the day
 * before it, some after it.
 */
function seedReturningDonors(db: Database): void {
  const donations: [string, 'whole_blood' | 'platelets'][] = [
    ['2025-12-17', 'whole_blood'],
    ['2025-12-19', 'whole_blood'],
    ['2025-12-23', 'whole_blood'],
    ['2025-12-16', 'whole_blood'],
    ['2025-12-24', 'whole_blood'],
    ['2026-06-03', 'platelets'],
    ['2026-05-31', 'platelets'],
  ];
  donations.forEach(([date, kind], i) => {
    const person = createPerson(db, PersonInput.parse({ name: `回访献血者${i + 1}`, birthDate: '1990-03-0' + (i + 1), sex: 'F' }), 'test');
    const measure = kind === 'whole_blood' ? { volumeMl: 400 } : { units: 1 };
    const saved = recordDonation(db, DonationInput.parse({ personId: person.id, date, kind, ...measure }), 'test');
    expect(saved.status).toBe('saved');
  });
}

function seeded() {
  const { db } = tempRegistry();
  fillDemoRegistry(db, { people: 2500, seed: 5, today: TODAY });
  seedWristband(db);
  seedReturningDonors(db);
  return { db, rows: readRows(db), dashboard: getDashboard(db, TODAY, WAITING_DAYS) };
}

describe('dashboard', () => {
  it('blood: active donors, this month and year against last year, 24 months, the year’s top drives', () => {
    const { rows, dashboard } = seeded();
    const { blood } = dashboard;
    const given = rows.donations.filter((d) => d.outcome === 'donated');
    expect(blood.activeSince).toBe('2025-06-15');
    expect(blood.activeDonors).toBe(new Set(given.filter((d) => d.date > '2025-06-15').map((d) => d.person_id)).size);
    expect(blood.activeDonors).toBeGreaterThan(0);

    expect(blood.thisMonth).toEqual({ from: '2026-06-01', to: TODAY, current: volumes(rows, '2026-06-01', TODAY), lastYear: volumes(rows, '2025-06-01', '2025-06-15') });
    expect(blood.thisYear).toEqual({ from: '2026-01-01', to: TODAY, current: volumes(rows, '2026-01-01', TODAY), lastYear: volumes(rows, '2025-01-01', '2025-06-15') });
    expect(blood.thisYear.lastYear.donations).toBeGreaterThan(0);

    const months = monthList('2024-07', 24);
    expect(blood.byMonth).toEqual(monthVolumes(rows, months, '2024-07-01', TODAY));
    // This year's months add up to the year's tile.
    const thisYear = blood.byMonth.filter((m) => m.month.startsWith('2026'));
    expect(thisYear.reduce((s, m) => s + m.donations, 0)).toBe(blood.thisYear.current.donations);
    expect(thisYear.reduce((s, m) => s + m.wholeBloodMl, 0)).toBe(blood.thisYear.current.wholeBloodMl);

    const perDrive = rows.drives
      .filter((v) => v.date >= '2025-07-01' && v.date <= TODAY)
      .map((v) => {
        const at = rows.donations.filter((d) => d.drive_id === v.id);
        const sum = (pick: (d: (typeof at)[number]) => number | null) => at.reduce((s, d) => s + (pick(d) ?? 0), 0);
        return { id: v.id, date: v.date, site: v.site, donations: at.filter((d) => d.outcome === 'donated').length, wholeBloodMl: sum((d) => d.volume_ml), plateletUnits: sum((d) => d.units) };
      })
      .filter((v) => rows.donations.some((d) => d.drive_id === v.id))
      .sort((a, b) => b.wholeBloodMl - a.wholeBloodMl || b.plateletUnits - a.plateletUnits || b.id - a.id);
    expect(blood.topDrives).toEqual(perDrive.slice(0, 10));
    expect(blood.topDrives).toHaveLength(10);
  });

  it('blood: the donors who may give again this week, judged by the rules for every donor', () => {
    const { db, rows, dashboard } = seeded();
    const rules = eligibilityRules(db, TODAY);
    const birth = new Map((db.prepare('SELECT id, birth_date FROM person').all() as { id: number; birth_date: string | null }[]).map((p) => [p.id, p.birth_date]));
    const histories = new Map<number, PastDonation[]>();
    for (const d of rows.donations.filter((x) => x.outcome === 'donated').sort((a, b) => a.date.localeCompare(b.date))) {
      const past = { date: d.date, kind: d.kind, adverseReaction: d.adverse_reaction === 1, physicianApproved: d.physician_approved === 1 };
      histories.set(d.person_id, [...(histories.get(d.person_id) ?? []), past]);
    }
    // Every donor, not only those the summary picks out: the list must miss no one. Each is
    // invited back for what they gave last (whole blood when both that day).
    const expected = [...histories].flatMap(([personId, donations]) => {
      const history = { birthDate: birth.get(personId)!, donations };
      const last = donations.at(-1)!.date;
      const kind = donations.some((d) => d.date === last && d.kind === 'whole_blood') ? 'whole_blood' : 'platelets';
      const e = eligibilityOn(history, rules, '2026-06-14');
      const from = (kind === 'whole_blood' ? e.wholeBlood : e.platelets).nextDate;
      return from !== null && from >= TODAY && from <= '2026-06-21' ? [{ personId, kind, from }] : [];
    });
    const list = dashboard.blood.eligibleThisWeek;
    expect([list.from, list.to]).toEqual([TODAY, '2026-06-21']);
    expect(list.total).toBe(expected.length);
    // Of the donors entered above: 12-17 … 12-23 and platelets 06-03 (eligible 06-17), not 12-16 (yesterday), 12-24 or 05-31.
    for (const n of [1, 2, 3, 6]) expect(list.rows.map((r) => r.name)).toContain(`回访献血者${n}`);
    for (const n of [4, 5, 7]) expect(list.rows.map((r) => r.name)).not.toContain(`回访献血者${n}`);
    expect(list.rows.map((r) => r.personId).sort()).toEqual(
      expected
        .sort((a, b) => a.from!.localeCompare(b.from!) || a.personId - b.personId)
        .slice(0, 20)
        .map((r) => r.personId)
        .sort(),
    );
    for (const row of list.rows) expect(row).toMatchObject(expected.find((e) => e.personId === row.personId)!);
  });

  it('stem cells: volunteers by status, the funnel, new this year, and those waiting on a step', () => {
    const { rows, dashboard } = seeded();
    const { stemcell } = dashboard;
    for (const status of ENROLLMENT_STATUSES) expect(stemcell.byStatus[status], status).toBe(rows.enrollments.filter((e) => e.status === status).length);
    expect(stemcell.newThisYear).toBe(rows.enrollments.filter((e) => e.consent_date >= '2026-01-01' && e.consent_date <= TODAY).length);
    // At a step or beyond it: where each volunteer is, or withdrew from.
    const position = (e: (typeof rows.enrollments)[number]) => PIPELINE.indexOf((e.withdrawn_from ?? e.status) as (typeof PIPELINE)[number]);
    stemcell.funnel.forEach(({ stage, reached }, i) => expect(reached, stage).toBe(rows.enrollments.filter((e) => position(e) >= i).length));
    expect(stemcell.funnel.map((f) => f.stage)).toEqual([...PIPELINE]);
    expect(stemcell.funnel[0].reached).toBeGreaterThan(stemcell.funnel[3].reached);

    const waiting = rows.enrollments
      .filter((e) => (WAITING_STAGES as readonly string[]).includes(e.status) && e.status_since <= '2026-05-01')
      .sort((a, b) => a.status_since.localeCompare(b.status_since) || a.id - b.id);
    expect(stemcell.waiting.total).toBe(waiting.length);
    expect(stemcell.waiting.rows.map((r) => [r.personId, r.status, r.since])).toEqual(waiting.slice(0, 20).map((e) => [e.person_id, e.status, e.status_since]));
    expect(stemcell.waiting.rows.every((r) => r.days >= WAITING_DAYS)).toBe(true);
  });

  it('pledges in force, by what they give', () => {
    const { rows, dashboard } = seeded();
    const active = rows.pledges.filter((p) => p.status === 'active');
    expect(dashboard.organ).toEqual({
      active: active.length,
      byKind: {
        organs: active.filter((p) => p.organs).length,
        tissues: active.filter((p) => p.tissues).length,
        corneas: active.filter((p) => p.corneas).length,
        body: active.filter((p) => p.body).length,
      },
    });
  });

  it('wristband: participants, who is missing now, incidents by month, the follow-up list', () => {
    const { rows, dashboard } = seeded();
    const { wristband } = dashboard;
    expect(wristband.activeParticipants).toBe(rows.participants.filter((p) => p.status === 'active').length);
    // Not home yet (still missing, or found but not yet with the family), longest first; the
    // seed added one of each.
    const open = rows.incidents.filter((i) => i.reunited_at === null).sort((a, b) => a.missing_at.localeCompare(b.missing_at) || a.id - b.id);
    expect(wristband.missing.map((m) => [m.id, m.foundAt])).toEqual(open.map((i) => [i.id, i.found_at]));
    expect(wristband.missing.map((m) => m.missingAt)).toEqual(expect.arrayContaining(['2026-06-10T07:00', '2026-06-12T16:20']));
    const months = monthList('2024-07', 24);
    expect(wristband.byMonth).toEqual(
      months.map((month) => ({
        month,
        incidents: rows.incidents.filter((i) => i.missing_at.startsWith(month)).length,
        medianHoursToReunite: medianHours(rows, `${month}-01`, `${month}-31`),
      })),
    );
    expect(wristband.byMonth.some((m) => m.medianHoursToReunite !== null)).toBe(true);
    // The program's own follow-up list: the seed's participants have no band yet, so each is due a visit.
    expect(wristband.followUp.total).toBeGreaterThanOrEqual(8);
  });
});
