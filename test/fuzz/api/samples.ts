// A valid payload for every API method, against the seeded demo registry: the starting point the
// fuzzer mutates one field of. Ids come from the registry itself (a person with no programme yet,
// an active pledge, a band in use …), so a sample reaches the handler's own checks rather than
// stopping at "not found". Typed loosely on purpose: the test checks at run time that each one
// passes its method's schema, and names any method that has no sample.
import { readFileSync } from 'node:fs';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Dispatcher } from '../../../electron/api/dispatch';
import { addDays, localToday } from '../../../electron/contract/validation/calendar';
import { writeXlsx } from '../../core/exchange/fixtures/sheets';

/** A 1×1 PNG, as the photo tests use. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4ee0000000049454e44ae426082', 'hex');

async function data<T>(dispatch: Dispatcher, method: string, input: unknown): Promise<T> {
  const response = await dispatch(method, input);
  if ('error' in response) throw new Error(`setting up the samples: ${method} refused: ${response.error.code} ${response.error.message}`);
  return response.data as T;
}

/** Stages `path` through the API, as the renderer uploads a file. */
export async function stage(dispatch: Dispatcher, path: string, name: string): Promise<string> {
  const bytes = readFileSync(path);
  const { fileId } = await data<{ fileId: string }>(dispatch, 'files.begin', { name, size: bytes.length });
  if (bytes.length > 0) await data(dispatch, 'files.append', { fileId, offset: 0, base64: bytes.toString('base64') });
  await data(dispatch, 'files.finish', { fileId });
  return fileId;
}

/** Polls an import job until it is no longer running. */
export async function settled(dispatch: Dispatcher, jobId: string): Promise<{ state: string; error: { code: string; message: string } | null }> {
  for (;;) {
    const status = await data<{ state: string; error: { code: string; message: string } | null }>(dispatch, 'imports.status', { jobId });
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The password of the staff member the samples create. */
const PASSWORD = 'hongshizi-2026';

/** A sheet staged and previewed, and an upload begun but not finished. */
async function staged(dispatch: Dispatcher, dir: string) {
  const sheet = `${dir}/名单.xlsx`;
  await writeXlsx(sheet, { header: ['姓名', '身份证号码', '手机号码'], rows: [['韩梅梅', '11010519491231002X', '13800138000']] });
  const fileId = await stage(dispatch, sheet, '名单.xlsx');
  const { fileId: uploading } = await data<{ fileId: string }>(dispatch, 'files.begin', { name: '上传中.csv', size: 1024 });
  const { jobId } = await data<{ jobId: string }>(dispatch, 'imports.start', { fileId, kind: 'people' });
  await settled(dispatch, jobId);
  return { fileId, uploading, jobId };
}

const one = (db: Database, sql: string): number => {
  const id = db.prepare(sql).pluck().get() as number | undefined;
  if (id === undefined) throw new Error(`the seeded registry has no row for: ${sql}`);
  return id;
};

/**
 * The samples, against the registry `db` that `dispatch` serves. Preparing all of them costs a
 * second (a password hashed, a backup written, a sheet staged and previewed), so a test that
 * fuzzes one method passes its name, and only that method's sample is sure to be usable.
 */
export async function validSamples(dispatch: Dispatcher, db: Database, dir: string, only?: string): Promise<Record<string, unknown>> {
  const needed = (...methods: string[]) => only === undefined || methods.some((m) => only.startsWith(m));
  const today = localToday();
  const inNoProgramme = "id NOT IN (SELECT person_id FROM enrollment) AND id NOT IN (SELECT person_id FROM pledge) AND id NOT IN (SELECT person_id FROM wristband_participant)";
  const freePerson = one(db, `SELECT id FROM person WHERE ${inNoProgramme} AND birth_date BETWEEN '1990-01-01' AND '2004-01-01' ORDER BY id LIMIT 1`);
  const keepId = one(db, `SELECT id FROM person WHERE ${inNoProgramme} AND id <> ${freePerson} ORDER BY id DESC LIMIT 1`);
  const donor = one(db, 'SELECT person_id FROM donation ORDER BY id LIMIT 1');
  const donationId = one(db, 'SELECT id FROM donation ORDER BY id DESC LIMIT 1');
  const driveId = one(db, 'SELECT id FROM blood_drive ORDER BY id DESC LIMIT 1');
  const enrollmentId = one(db, "SELECT id FROM enrollment WHERE status NOT IN ('withdrawn', 'regret', 'donated') ORDER BY id LIMIT 1");
  const enrolledPerson = one(db, `SELECT person_id FROM enrollment WHERE id = ${enrollmentId}`);
  const pledgeId = one(db, "SELECT id FROM pledge WHERE status = 'active' ORDER BY id LIMIT 1");
  const pledgedPerson = one(db, `SELECT person_id FROM pledge WHERE id = ${pledgeId}`);
  const typedEnrollment = one(db, 'SELECT enrollment_id FROM stemcell_sample WHERE enrollment_id NOT IN (SELECT enrollment_id FROM hla_typing) ORDER BY id LIMIT 1');
  // Three wristband participants with a band in use: one as the demo left it, one whose band is
  // lost and who went missing and was found, one missing now.
  const banded = db
    .prepare("SELECT p.id AS participantId, b.id AS bandId, b.code FROM wristband_participant p JOIN wristband_band b ON b.participant_id = p.id AND b.status = 'active' WHERE p.status = 'active' ORDER BY p.id LIMIT 3")
    .all() as { participantId: number; bandId: number; code: string }[];
  if (banded.length < 3) throw new Error('the seeded registry has fewer than three participants with a band');
  const [{ participantId, bandId, code: bandCode }, lost, missing] = banded;
  const guardianId = one(db, `SELECT g.id FROM wristband_guardian g JOIN wristband_guardian_phone p ON p.guardian_id = g.id WHERE g.participant_id = ${participantId} LIMIT 1`);
  const guardianPhone = db.prepare('SELECT phone FROM wristband_guardian_phone WHERE guardian_id = ? LIMIT 1').pluck().get(guardianId) as string;
  const yesterday = addDays(today, -1);
  await data(dispatch, 'wristband.setBandStatus', { bandId: lost.bandId, status: 'lost', on: today });
  for (const p of [lost, missing]) await data(dispatch, 'wristband.reportMissing', { participantId: p.participantId, missingAt: `${yesterday}T08:00`, reportedBy: '林妍' });
  const incidentOf = (p: { participantId: number }) => one(db, `SELECT id FROM wristband_incident WHERE participant_id = ${p.participantId} AND found_at IS NULL`);
  const foundIncident = incidentOf(lost);
  const openIncident = incidentOf(missing);
  await data(dispatch, 'wristband.recordFound', { incidentId: foundIncident, foundAt: `${yesterday}T09:00`, foundPlace: '镇汽车站', foundBy: '派出所民警', identifiedBy: 'police' });
  const keep = db.prepare('SELECT name, sex, birth_date AS birthDate FROM person WHERE id = ?').get(keepId) as { name: string; sex: 'M' | 'F'; birthDate: string };
  const { id: mergeId } = await data<{ id: number }>(dispatch, 'people.create', { ...keep, docType: 'passport' });

  const staff = needed('staff.', 'session.', 'account.') ? await data<{ id: number }>(dispatch, 'staff.create', { name: '测试员', password: PASSWORD, role: only === 'account.renewRecoveryCode' ? 'admin' : 'staff' }) : { id: 1 };
  // These act on the signed-in account itself (unlocking it, too, once locked).
  if (only !== undefined && ['session.changePassword', 'session.unlock', 'account.renewRecoveryCode'].includes(only)) {
    await data(dispatch, 'session.signIn', { staffId: staff.id, password: PASSWORD });
    if (only === 'session.unlock') await data(dispatch, 'session.lock', {});
  }
  const { batch } = needed('exports.') ? await data<{ batch: { id: number } | null }>(dispatch, 'exports.create', { kind: 'drive-report', driveId }) : { batch: { id: 1 } };
  if (!batch) throw new Error('the seeded drive gave no export batch');
  const templates = await data<{ kind: string; template: unknown }[]>(dispatch, 'exports.templates', {});
  const cmdpTemplate = templates.find((t) => t.kind === 'cmdp')?.template;
  const rules = await data<{ key: string; current: { value: unknown } }[]>(dispatch, 'rules.list', {});
  const organMinAge = rules.find((r) => r.key === 'organ.minAge')?.current.value;

  const backup = needed('backups.') ? await data<{ path: string; name: string }>(dispatch, 'backups.create', {}) : { path: `${dir}/无.sqlite3`, name: '无.sqlite3' };
  // A newer sound backup, so the first is no longer the one deleting must keep.
  if (needed('backups.delete')) await data(dispatch, 'backups.create', {});

  const { fileId, uploading, jobId } = needed('files.', 'imports.') ? await staged(dispatch, dir) : { fileId: '0'.repeat(32), uploading: '0'.repeat(32), jobId: '0'.repeat(32) };

  const community = { village: '峡山街道南里村', grid: '第4网格', gridWorker: '林纯丹', gridWorkerPhone: '15930123024', policeContact: null, policePhone: null };
  const guardians = [{ name: '林妍', relation: 'child', phones: ['13230766794'], isBandContact: true }];
  const contacts = [
    { name: '陈明', relation: 'parent', phone: '13800138001' },
    { name: '陈芳', relation: 'sibling', phone: '0754-88123456' },
  ];
  const enrolment = {
    enrolledOn: today,
    community,
    guardians,
    consent: { guardianName: '林妍', relation: 'child', givenOn: today, scope: ['health', 'description', 'photo', 'whereabouts'] },
    profile: { condition: 'dementia', heightCm: 160, build: 'slim', medicationNotes: null, distinguishingMarks: '左脸颊有痣', usualPlaces: '菜市场' },
    notes: '社区推荐',
  };
  // Someone enrolled without a band yet, to be given one.
  const unbanded = one(db, `SELECT id FROM person WHERE ${inNoProgramme} AND id NOT IN (${freePerson}, ${keepId}) ORDER BY id LIMIT 1`);
  const { id: newParticipant } = await data<{ id: number }>(dispatch, 'wristband.enroll', { ...enrolment, personId: unbanded });
  const period = { from: '2026-01-01', to: today };
  const pledgeBody = { kinds: ['organs', 'corneas'], organs: ['kidney'], cardNumber: 'GD2026-09999999', witnesses: [{ name: '王芳', phone: '13900139000' }] };

  return {
    'system.info': {},
    'system.stats': {},
    'system.verify': {},
    'settings.get': {},
    'settings.update': { 'wristband.followUpMonths': 6, 'wristband.print.photo': true },
    'settings.language': { language: 'en' },
    'people.list': { query: '陈', offset: 0, limit: 20 },
    'people.get': { id: freePerson },
    'people.create': {
      name: '韩 梅梅',
      docNumber: '11010519491231002x',
      mobile: '+86 138 0013 8000',
      phones: [{ phone: '0754-88123456', label: '家' }],
      bloodAbo: 'A型',
      bloodRh: '阳性',
      ethnicity: '汉',
      contacts: [{ name: '李雷', relation: '丈夫', phone: '13900139000' }],
      notes: '街道推荐',
    },
    'people.update': { id: freePerson, address: '广东省汕头市潮南区峡山街道', mobile: '13800138002', notes: null },
    'people.revealDocument': { id: freePerson },
    'people.duplicates': { limit: 50 },
    'people.merge': { keepId, mergeId },
    'audit.list': { action: 'people.create', actor: '陈红', from: '2026-01-01T00:00:00Z', limit: 20 },
    'audit.facets': {},
    'rules.list': { onDate: today },
    'rules.update': { key: 'organ.minAge', value: organMinAge, effectiveFrom: today, source: '中国人体器官捐献管理条例', note: '复核' },
    'staff.list': {},
    'staff.create': { name: '林  芳', password: 'xinmima-2026', role: 'staff' },
    'staff.update': { id: staff.id, role: 'admin', active: true },
    'staff.resetPassword': { id: staff.id, password: 'xinmima-2027' },
    'session.get': {},
    'session.signIn': { staffId: staff.id, password: PASSWORD },
    'session.signOut': {},
    'session.lock': {},
    'session.unlock': { password: PASSWORD },
    'session.changePassword': { current: PASSWORD, next: 'xinmima-2028' },
    'account.setup': { name: '管理员', password: PASSWORD },
    'account.recover': { recoveryCode: 'K7QM-2XPA-9RTD-4WBN', staffId: staff.id, password: 'xinmima-2029' },
    'account.renewRecoveryCode': { password: PASSWORD },
    'blood.recordDonation': { personId: donor, date: today, kind: 'whole_blood', volumeMl: 400, driveId, certificateNo: '2026999000001' },
    'blood.deleteDonation': { id: donationId, reason: '录入错误' },
    'blood.listDonations': { personId: donor, from: '2010-01-01', to: today, kind: 'whole_blood', limit: 20 },
    'blood.donor': { personId: donor },
    'blood.listDonors': { eligibleFor: 'platelets', lastFrom: '2020-01-01', lastTo: today, limit: 20 },
    'blood.saveDrive': { date: today, site: '万达广场', organiser: '街道办事处', notes: '流动献血车', partnerUnits: ['汕头市中心血站'] },
    'blood.getDrive': { id: driveId },
    'blood.listDrives': { sort: 'date', limit: 20 },
    'blood.listPartnerUnits': {},
    'stemcell.list': { status: 'registered', limit: 20 },
    'stemcell.get': { personId: enrolledPerson },
    'stemcell.enroll': { personId: freePerson, consentDate: today, contacts, notes: '献血时登记' },
    'stemcell.update': { enrollmentId, contacts, cmdpDonorId: null, notes: '联系人更新' },
    'stemcell.changeStatus': { enrollmentId, status: 'withdrawn', date: today, reason: 'DO', note: '本人要求' },
    'stemcell.addSample': { enrollmentId, sampledOn: today, tubeBarcode: 'TB2026000001', volumeMl: 5, lab: '广东省血液中心' },
    'stemcell.addTyping': { enrollmentId: typedEnrollment, typedOn: today, lab: '广东省血液中心 HLA 实验室', resolution: 'low', alleles: { A: ['A*02', 'A*11'], B: ['B*46', 'B*40'], DRB1: ['DRB1*09', 'DRB1*15'] } },
    'organ.list': { status: 'active', kind: 'organs', limit: 20 },
    'organ.get': { personId: pledgedPerson },
    'organ.pledge': { personId: freePerson, registeredOn: today, ...pledgeBody },
    'organ.change': { pledgeId, changedOn: today, ...pledgeBody, cardNumber: 'GD2026-09999998' },
    'organ.revoke': { pledgeId, revokedOn: today, reason: '本人撤回' },
    'overview.dashboard': { waitingDays: 30 },
    'overview.report': period,
    'overview.exportReport': period,
    'wristband.list': { status: 'all', query: '林', limit: 20 },
    'wristband.get': { participantId },
    'wristband.forPerson': { personId: freePerson },
    'wristband.places': {},
    'wristband.enroll': { ...enrolment, personId: freePerson },
    'wristband.update': { participantId, community, notes: '搬到女儿家' },
    'wristband.setGuardians': { participantId, guardians },
    'wristband.confirmPhone': { guardianId, phone: guardianPhone, confirmedOn: today },
    'wristband.giveConsent': { participantId, consent: { guardianName: '林妍', relation: 'child', givenOn: today, scope: ['health'] } },
    'wristband.withdrawConsent': { participantId, withdrawnOn: today },
    'wristband.setProfile': { participantId, profile: { condition: 'autism', heightCm: 150, build: 'medium', medicationNotes: '无', distinguishingMarks: null, usualPlaces: null } },
    'wristband.setPhoto': { participantId, type: 'image/png', base64: PNG.toString('base64') },
    'wristband.removePhoto': { participantId },
    'wristband.reveal': { participantId },
    'wristband.leave': { participantId, leftOn: today, reason: 'moved' },
    'wristband.nextBandCode': {},
    'wristband.issueBand': { participantId: newParticipant, issuedOn: today },
    'wristband.setBandStatus': { bandId, status: 'damaged', on: today, note: '表带断裂' },
    'wristband.replaceBand': { bandId: lost.bandId, issuedOn: today, note: '旧手环丢失' },
    'wristband.checkBand': { bandId, checkedOn: today },
    'wristband.lookup': { code: bandCode },
    'wristband.reportMissing': { participantId, missingAt: `${yesterday}T08:30`, reportedBy: '林妍', reporterPhone: '13230766794', notes: '早上出门未归' },
    'wristband.recordFound': { incidentId: openIncident, foundAt: `${yesterday}T10:00`, foundPlace: '镇汽车站', foundBy: '派出所民警', identifiedBy: 'band_scan' },
    'wristband.recordReunited': { incidentId: foundIncident, reunitedAt: `${yesterday}T11:00`, notes: '家属接回' },
    'wristband.incidents': { participantId },
    'wristband.openIncidents': {},
    'wristband.incidentReport': period,
    'wristband.followUp': { offset: 0, limit: 20 },
    'wristband.roster': { village: community.village },
    'print.record': { document: 'wristband.cards', count: 3, scope: '峡山街道', output: 'printer' },
    'print.savePdf': { document: 'overview.report', count: 1, fileName: '报表.pdf' },
    'files.begin': { name: '名单.xlsx', size: 2048 },
    'files.append': { fileId: uploading, offset: 0, base64: Buffer.from('姓名,身份证号码\n').toString('base64') },
    'files.finish': { fileId },
    'files.read': { fileId, offset: 0 },
    'files.info': { fileId },
    'files.discard': { fileId },
    'imports.start': { fileId, kind: 'people' },
    'imports.status': { jobId },
    'imports.cancel': { jobId },
    'imports.issues': { jobId, severity: 'error', limit: 20 },
    'imports.duplicates': { jobId, limit: 20 },
    'imports.commit': { jobId, onDuplicate: 'skip', decisions: { '2': 'update' } },
    'imports.invalidRows': { jobId },
    'imports.list': { limit: 20 },
    'exports.list': { kind: 'drive-report', limit: 20 },
    'exports.create': { kind: 'drive-report', driveId, format: 'csv' },
    'exports.download': { batchId: batch.id, format: 'xlsx' },
    'exports.submit': { batchId: batch.id },
    'exports.close': { batchId: batch.id },
    'exports.reopen': { batchId: batch.id, reason: '补充遗漏人员' },
    'exports.templates': {},
    'exports.saveTemplate': { kind: 'cmdp', template: cmdpTemplate },
    'exports.resetTemplate': { kind: 'cmdp' },
    'backups.list': {},
    'backups.create': { folder: `${dir}/U盘备份` },
    'backups.verify': { file: backup.path },
    'backups.restore': { file: backup.path },
    'backups.delete': { name: backup.name },
    'vault.status': {},
    'vault.unlock': { passphrase: '一句好记的话：红十字会三献' },
    'vault.recover': { recoveryCode: 'K7QM-2XPA-9RTD-4WBN', newPassphrase: '另一句好记的话：献血光荣' },
    'vault.encrypt': { newPassphrase: '一句好记的话：红十字会三献' },
    'vault.decrypt': { currentPassphrase: '一句好记的话：红十字会三献' },
  };
}
