// Printing through the dispatcher: every print and PDF lands in the audit log with who, what and
// how many; hosts other than the desktop shell refuse to save a PDF and say how to do it instead.
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/api/dispatch';
import { PDF_SHELL_ONLY } from '../../electron/contract/print';
import { tempRegistry } from './helpers/tmp';

describe('print', () => {
  it('records a print in the audit log: what, how many, which part, how, and who', async () => {
    const registry = tempRegistry();
    const dispatch = createDispatcher(registry, { actor: '王芳' });
    const response = await dispatch('print.record', { document: 'wristband.cards', count: 12, scope: '东村 · 第3网格', output: 'printer' });
    expect(response).toEqual({ data: { recordedAt: expect.any(String) } });
    const log = await dispatch('audit.list', { entity: 'wristband_cards' });
    expect(log).toEqual({
      data: {
        total: 1,
        rows: [expect.objectContaining({ actor: '王芳', action: 'print.printer', entity: 'wristband_cards', after: { count: 12, scope: '东村 · 第3网格' } })],
      },
    });
  });

  it('refuses an unknown document or a negative count, and records nothing', async () => {
    const registry = tempRegistry();
    const dispatch = createDispatcher(registry);
    for (const input of [
      { document: 'passwords', count: 1, output: 'pdf' },
      { document: 'wristband.roster', count: -1, output: 'pdf' },
      { document: 'wristband.roster', count: 1, output: 'fax' },
    ]) {
      expect(await dispatch('print.record', input)).toEqual({ error: expect.objectContaining({ code: 'INVALID_INPUT' }) });
    }
    expect(await dispatch('audit.list', { action: 'print.pdf' })).toEqual({ data: { rows: [], total: 0 } });
  });

  it('answers a PDF request outside the desktop shell with advice to use the print dialog, and records nothing', async () => {
    const registry = tempRegistry();
    const dispatch = createDispatcher(registry);
    const response = await dispatch('print.savePdf', { document: 'wristband.cards', count: 3, fileName: '爱心手环卡片-东村' });
    expect(response).toEqual({ error: { code: 'UNKNOWN_METHOD', message: expect.stringContaining('另存为 PDF'), details: { reason: PDF_SHELL_ONLY } } });
    expect(await dispatch('audit.list', { action: 'print.pdf' })).toEqual({ data: { rows: [], total: 0 } });
  });

  it('refuses a file name that would leave the chosen folder', async () => {
    const dispatch = createDispatcher(tempRegistry());
    const response = await dispatch('print.savePdf', { document: 'wristband.cards', count: 3, fileName: '../卡片' });
    expect(response).toEqual({ error: expect.objectContaining({ code: 'INVALID_INPUT', details: [expect.objectContaining({ path: ['fileName'] })] }) });
  });
});
