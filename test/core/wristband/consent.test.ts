// Consent gating (PIPL art. 28): no sensitive field is stored without a separate consent that
// covers it; ordinary reads only say which fields hold a value; a reveal is audited; and when
// consent is withdrawn, narrowed, or the participant leaves, the fields are erased — from the
// registry file itself, not only from what the API shows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_PHOTO_BYTES, SENSITIVE_FIELDS } from '../../../electron/contract/wristband';
import { CONSENT, firstIssue, setup } from './setup';

/** A tiny but real PNG (1×1, transparent) with a marker appended after its IEND chunk. */
const PNG = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4ee0000000049454e44ae426082', 'hex'),
  Buffer.from('PHOTO-MARKER-7f3a'),
]);
const PROFILE = {
  condition: 'dementia',
  medicationNotes: '多奈哌齐 每日一次',
  heightCm: 152,
  build: 'slim',
  distinguishingMarks: '左脸颊有痣',
  usualPlaces: '菜市场-PLACES-MARKER-91c2',
} as const;

const none = Object.fromEntries(SENSITIVE_FIELDS.map((f) => [f, false]));

describe('consent gating', () => {
  it('refuses every sensitive field without a consent, in Chinese, and stores nothing', async () => {
    const { participant, count } = setup();
    for (const [field, value] of Object.entries(PROFILE)) {
      const error = await participant({ profile: { [field]: value } }).then(
        () => null,
        (e: { code: string; message: string; details: unknown }) => e,
      );
      expect(error, field).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/^尚未取得监护人的单独同意，不能登记.+（个人信息保护法第二十八条）/) });
    }
    // Each refusal rolled the whole enrolment back.
    expect([count('wristband_participant'), count('wristband_profile'), count('wristband_guardian')]).toEqual([0, 0, 0]);
  });

  it('stores only what the consent scope covers', async () => {
    const { call, refusal, participant } = setup();
    const p = await participant({ consent: { ...CONSENT, scope: ['health'] }, profile: { condition: 'dementia' } });
    expect(p.sensitive).toEqual({ ...none, condition: true });
    const places = await refusal('wristband.setProfile', { participantId: p.id, profile: { condition: 'dementia', usualPlaces: '菜市场' } });
    expect(firstIssue(places)).toEqual({ path: 'profile.usualPlaces', code: 'WRISTBAND_CONSENT_SCOPE', message: '监护人的同意范围不含“常去地点与路线”，不能登记常去地点与路线' });
    const photo = await refusal('wristband.setPhoto', { participantId: p.id, type: 'image/png', base64: PNG.toString('base64') });
    expect(firstIssue(photo)).toMatchObject({ code: 'WRISTBAND_CONSENT_SCOPE' });
    expect((await call('wristband.reveal', { participantId: p.id })).usualPlaces).toBeNull();
  });

  it('keeps even a direct write out: the schema refuses a profile or photo without a consent in force', async () => {
    const { db, participant } = setup();
    const p = await participant();
    expect(() => db.prepare("INSERT INTO wristband_profile (participant_id, condition, updated_at) VALUES (?, 'dementia', 'x')").run(p.id)).toThrow(/consent in force/);
    expect(() => db.prepare("INSERT INTO wristband_photo (participant_id, type, bytes, updated_at) VALUES (?, 'image/png', x'89', 'x')").run(p.id)).toThrow(/consent in force/);
  });

  it('masks sensitive fields in ordinary reads, reveals them on request, and audits the reveal without the values', async () => {
    const { call, db, participant } = setup();
    const p = await participant({ consent: CONSENT, profile: PROFILE });
    await call('wristband.setPhoto', { participantId: p.id, type: 'image/png', base64: PNG.toString('base64') });
    const read = await call('wristband.get', { participantId: p.id });
    expect(read.sensitive).toEqual(Object.fromEntries(SENSITIVE_FIELDS.map((f) => [f, true])));
    expect(JSON.stringify(read)).not.toMatch(/MARKER|菜市场|多奈哌齐|dementia/);
    expect(JSON.stringify(await call('wristband.list', {}))).not.toMatch(/MARKER|dementia/);

    const revealed = await call('wristband.reveal', { participantId: p.id });
    expect(revealed).toEqual({ ...PROFILE, photo: { type: 'image/png', base64: PNG.toString('base64') } });
    expect(db.prepare("SELECT actor, entity_id FROM audit_log WHERE action = 'wristband.reveal'").all()).toEqual([{ actor: '陈红', entity_id: p.id }]);
    const log = db.prepare('SELECT group_concat(coalesce(before, \'\') || coalesce(after, \'\')) FROM audit_log').pluck().get() as string;
    expect(log).not.toMatch(/MARKER|多奈哌齐|左脸颊/);
  });

  it('checks the photo: JPEG or PNG by its bytes, within the size cap', async () => {
    const { refusal, call, participant } = setup();
    const p = await participant({ consent: CONSENT });
    const gif = Buffer.from('GIF89a-not-a-photo');
    expect(firstIssue(await refusal('wristband.setPhoto', { participantId: p.id, type: 'image/png', base64: gif.toString('base64') }))).toMatchObject({ code: 'WRISTBAND_PHOTO_TYPE' });
    expect(firstIssue(await refusal('wristband.setPhoto', { participantId: p.id, type: 'image/jpeg', base64: PNG.toString('base64') }))).toMatchObject({ code: 'WRISTBAND_PHOTO_TYPE' });
    const big = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(MAX_PHOTO_BYTES)]);
    expect(firstIssue(await refusal('wristband.setPhoto', { participantId: p.id, type: 'image/jpeg', base64: big.toString('base64') }))).toMatchObject({ code: 'WRISTBAND_PHOTO_SIZE' });
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(1000, 7)]);
    const stored = await call('wristband.setPhoto', { participantId: p.id, type: 'image/jpeg', base64: jpeg.toString('base64') });
    expect(stored.sensitive.photo).toBe(true);
    expect((await call('wristband.removePhoto', { participantId: p.id })).sensitive.photo).toBe(false);
  });
});

describe('withdrawal and erasure', () => {
  it('erases every sensitive field when consent is withdrawn, down to the bytes of the registry file', async () => {
    const { call, refusal, db, registry, participant, count } = setup();
    const p = await participant({ consent: CONSENT, profile: PROFILE });
    await call('wristband.setPhoto', { participantId: p.id, type: 'image/png', base64: PNG.toString('base64') });
    db.pragma('wal_checkpoint(TRUNCATE)');
    const file = () => readFileSync(registry.path).toString('latin1') + readFileSync(`${registry.path}-wal`).toString('latin1');
    expect(file()).toContain('PHOTO-MARKER-7f3a');
    expect(file()).toContain('PLACES-MARKER-91c2');

    const after = await call('wristband.withdrawConsent', { participantId: p.id, withdrawnOn: '2026-03-01' });
    expect(after.consent).toBeNull();
    expect(after.consents[0]).toMatchObject({ endedOn: '2026-03-01', endReason: 'withdrawn' });
    expect(after.sensitive).toEqual(none);
    expect([count('wristband_profile'), count('wristband_photo')]).toEqual([0, 0]);
    expect(file()).not.toContain('PHOTO-MARKER-7f3a');
    expect(file()).not.toContain('PLACES-MARKER-91c2');
    expect(db.prepare("SELECT after FROM audit_log WHERE action = 'wristband.consent-withdraw'").pluck().get()).toContain('"erased":["condition","medicationNotes","heightCm","build","distinguishingMarks","usualPlaces","photo"]');
    // Without consent nothing sensitive can come back in.
    expect(firstIssue(await refusal('wristband.setProfile', { participantId: p.id, profile: { condition: 'dementia' } }))).toMatchObject({ code: 'WRISTBAND_CONSENT_REQUIRED' });
  });

  it('erases what a narrower new consent no longer covers and keeps the rest', async () => {
    const { call, participant } = setup();
    const p = await participant({ consent: CONSENT, profile: PROFILE });
    await call('wristband.setPhoto', { participantId: p.id, type: 'image/png', base64: PNG.toString('base64') });
    const narrowed = await call('wristband.giveConsent', { participantId: p.id, consent: { ...CONSENT, givenOn: '2026-02-01', scope: ['health'] } });
    expect(narrowed.consent).toMatchObject({ givenOn: '2026-02-01', scope: ['health'] });
    expect(narrowed.consents[1]).toMatchObject({ endedOn: '2026-02-01', endReason: 'superseded' });
    expect(narrowed.sensitive).toEqual({ ...none, condition: true, medicationNotes: true });
    expect(await call('wristband.reveal', { participantId: p.id })).toMatchObject({ condition: 'dementia', medicationNotes: PROFILE.medicationNotes, usualPlaces: null, heightCm: null, photo: null });
  });

  it('erases the profile when the participant leaves the program, and keeps who they were and their history', async () => {
    const { call, participant, count } = setup();
    const p = await participant({ consent: CONSENT, profile: PROFILE });
    const left = await call('wristband.leave', { participantId: p.id, leftOn: '2026-04-01', reason: 'moved' });
    expect(left).toMatchObject({ status: 'moved', consent: null, sensitive: none, name: '陈阿婆' });
    expect(left.consents[0]).toMatchObject({ endReason: 'left', endedOn: '2026-04-01' });
    expect(count('wristband_profile')).toBe(0);
  });
});
