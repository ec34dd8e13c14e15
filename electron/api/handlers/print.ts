// Printing in the audit log. The registry never sees the printed page; it records that staff
// printed it (or saved it as a PDF), how many cards or rows, which part, and who.
import { ApiError } from '../../contract/errors';
import { PDF_SHELL_ONLY, printAudit } from '../../contract/print';
import { recordAudit } from '../../registry/audit/log';
import type { HandlersFor } from '../types';

export const printHandlers: HandlersFor<'print'> = {
  'print.record': ({ document, count, scope, output }, { registry, actor }) => {
    recordAudit(registry.db, { actor, ...printAudit(document, output), after: { count, scope: scope ?? null } });
    return { recordedAt: new Date().toISOString() };
  },
  // The Electron shell answers this method before it reaches the dispatcher (see the contract).
  // Any host that gets here has no window to render, so it says so; UNKNOWN_METHOD because the
  // method does not exist on this host, with details the renderer turns into its own advice.
  'print.savePdf': () => {
    throw new ApiError('UNKNOWN_METHOD', '浏览器模式不能直接保存 PDF：请点“打印”，在打印对话框中选择“另存为 PDF”。', { reason: PDF_SHELL_ONLY });
  },
};
