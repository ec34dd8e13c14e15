// Missing-and-found incidents: one open per participant, times in order, the history, and the
// report's figures checked against a count made here from the raw rows of a demo registry.
import { describe, expect, it } from 'vitest';
import { IDENTIFICATION_METHODS } from '../../../electron/contract/wristbandIncidents';
import { incidentReport } from '../../../electron/registry/wristband/report';
import { firstIssue, seededRegistry, setup } from './setup';

describe('incidents', () => {
  it('records missing, found and reunited, with the band in use, and keeps only one incident open', async () => {
    const { call, refusal, participant } = setup();
    const p = await participant();
    const band = (await call('wristband.issueBand', { participantId: p.id, issuedOn: '2026-01-06' })).bandCode;
    const missing = await call('wristband.reportMissing', { participantId: p.id, missingAt: '2026-02-01 08:30', reportedBy: '陈建国', reporterPhone: '138 0013 8000' });
    expect(missing).toMatchObject({ bandCode: band, missingAt: '2026-02-01T08:30', reporterPhone: '13800138000', foundAt: null, reunitedAt: null, recordedBy: '陈红' });
    expect((await call('wristband.get', { participantId: p.id })).missing).toBe(true);

    const again = await refusal('wristband.reportMissing', { participantId: p.id, missingAt: '2026-02-01 09:00', reportedBy: '陈建国' });
    expect(again).toMatchObject({ code: 'DUPLICATE', message: '陈阿婆已有未结束的走失记录（2026-02-01 08:30 走失），请在该记录中登记找到或团聚' });
    expect(firstIssue(await refusal('wristband.recordReunited', { incidentId: missing.id, reunitedAt: '2026-02-01 10:00' }))).toMatchObject({ code: 'INCIDENT_NOT_FOUND_YET' });
    expect(firstIssue(await refusal('wristband.recordFound', { incidentId: missing.id, foundAt: '2026-02-01 08:00', foundPlace: '汽车站', foundBy: '民警', identifiedBy: 'police' }))).toMatchObject({
      path: 'foundAt',
      code: 'INCIDENT_TIME_ORDER',
    });

    await call('wristband.recordFound', { incidentId: missing.id, foundAt: '2026-02-01T12:00', foundPlace: '镇汽车站', foundBy: '公交司机', identifiedBy: 'band_scan', notes: '扫码后联系了家属' });
    expect(firstIssue(await refusal('wristband.recordReunited', { incidentId: missing.id, reunitedAt: '2026-02-01 11:59' }))).toMatchObject({ code: 'INCIDENT_TIME_ORDER' });
    const home = await call('wristband.recordReunited', { incidentId: missing.id, reunitedAt: '2026-02-01 13:30', notes: '儿子接回' });
    expect(home).toMatchObject({ foundPlace: '镇汽车站', identifiedBy: 'band_scan', reunitedAt: '2026-02-01T13:30', notes: '扫码后联系了家属\n儿子接回' });
    expect((await call('wristband.get', { participantId: p.id })).missing).toBe(false);

    // Closed, so a new report is a new incident; the history is newest first.
    await call('wristband.reportMissing', { participantId: p.id, missingAt: '2026-03-05 17:00', reportedBy: '陈建国' });
    expect((await call('wristband.incidents', { participantId: p.id })).map((i) => i.missingAt)).toEqual(['2026-03-05T17:00', '2026-02-01T08:30']);
    expect((await call('wristband.openIncidents')).map((i) => [i.name, i.village, i.missingAt])).toEqual([['陈阿婆', '峡山街道东山村', '2026-03-05T17:00']]);
  });

  it('refuses times in the future and malformed ones', async () => {
    const { refusal, participant } = setup();
    const p = await participant();
    expect(firstIssue(await refusal('wristband.reportMissing', { participantId: p.id, missingAt: '2999-01-01 08:00', reportedBy: '陈建国' }))).toMatchObject({ message: '走失时间不能晚于现在' });
    expect(firstIssue(await refusal('wristband.reportMissing', { participantId: p.id, missingAt: '2026-02-30 08:00', reportedBy: '陈建国' }))).toMatchObject({
      message: '走失时间应为有效的日期和时间（YYYY-MM-DD HH:mm）',
    });
  });

  it('reports counts by month, the median time to reunite and how people were identified, as counted independently', () => {
    const { db } = seededRegistry('demo.sqlite3', 11, '2026-06-30');
    const rows = db.prepare('SELECT missing_at, identified_by, reunited_at FROM wristband_incident').raw().all() as [string, string | null, string | null][];
    expect(rows.length).toBeGreaterThan(20);

    const from = '2024-01-01';
    const to = '2025-12-31';
    const inPeriod = rows.filter(([m]) => m.slice(0, 10) >= from && m.slice(0, 10) <= to);
    const report = incidentReport(db, { from, to });
    expect(report.total).toBe(inPeriod.length);
    expect(report.open).toBe(inPeriod.filter(([, , r]) => r === null).length);

    const months: Record<string, { missing: number; reunited: number }> = {};
    for (const [m, , r] of inPeriod) {
      const key = m.slice(0, 7);
      months[key] ??= { missing: 0, reunited: 0 };
      months[key].missing++;
      if (r !== null) months[key].reunited++;
    }
    expect(Object.fromEntries(report.byMonth.map(({ month, ...n }) => [month, n]))).toEqual(months);
    expect(report.byMonth.map((m) => m.month)).toEqual(Object.keys(months).sort());

    for (const method of IDENTIFICATION_METHODS) expect(report.identifiedBy[method], method).toBe(inPeriod.filter(([, i]) => i === method).length);

    // The median from minutes, by the textbook definition (mean of the two middle values when even).
    const minutes = inPeriod
      .filter(([, , r]) => r !== null)
      .map(([m, , r]) => (new Date(`${r}Z`).getTime() - new Date(`${m}Z`).getTime()) / 60_000)
      .sort((a, b) => a - b);
    const n = minutes.length;
    const medianMinutes = n % 2 ? minutes[(n - 1) / 2] : (minutes[n / 2 - 1] + minutes[n / 2]) / 2;
    expect(report.reunited).toBe(n);
    // Reported in hours to one decimal.
    expect(report.medianHoursToReunite).toBe(Math.round(medianMinutes / 6) / 10);
  });
});
