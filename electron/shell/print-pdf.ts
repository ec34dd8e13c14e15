// "保存为 PDF" in the desktop app. The renderer asks for it through the one rpc bridge
// (`print.savePdf`); the shell answers it here, in front of the dispatcher, because only the
// shell can render its window to a PDF. The window shows a #/print/… route at that moment;
// its print stylesheet hides the toolbar and gives every sheet its own A4 page, so the PDF is
// what the printer would get. Everything else goes on to the dispatcher unchanged.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { Dispatcher } from '../api/dispatch';
import type { RpcResponse } from '../contract/errors';
import { contract } from '../contract/methods';
import type { PdfSaved } from '../contract/print';
import { invalidInput } from '../contract/validation';
import { createLogger } from '../registry/log';

const log = createLogger('shell');

/** The sheets carry their own margins in mm (see the renderer's print framework), so none here. */
const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 } as const;

export function withPdfSaving(dispatch: Dispatcher, currentWindow: () => BrowserWindow | null): Dispatcher {
  return (method, input) => (method === 'print.savePdf' ? savePdf(dispatch, currentWindow(), input) : dispatch(method, input));
}

async function savePdf(dispatch: Dispatcher, window: BrowserWindow | null, input: unknown): Promise<RpcResponse<PdfSaved>> {
  const parsed = contract['print.savePdf'].input.safeParse(input ?? {});
  if (!parsed.success) return { error: invalidInput(parsed.error.issues).toBody() };
  if (window === null) return { error: { code: 'INTERNAL', message: '没有可以保存的窗口' } };
  const { fileName, ...printed } = parsed.data;
  try {
    // Rendered before the dialog opens, so the PDF is the page staff saw when they clicked.
    const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, margins: NO_MARGINS });
    const choice = await dialog.showSaveDialog(window, {
      title: '保存为 PDF',
      defaultPath: path.join(app.getPath('documents'), `${fileName}.pdf`),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (choice.canceled || !choice.filePath) return { data: { savedTo: null } };
    // The dispatcher checks the sign-in and writes the audit entry; no entry, no file.
    const recorded = await dispatch('print.record', { ...printed, output: 'pdf' });
    if ('error' in recorded) return recorded;
    await writeFile(choice.filePath, pdf);
    return { data: { savedTo: choice.filePath } };
  } catch (error) {
    log.error('saving a PDF failed', error);
    return { error: { code: 'INTERNAL', message: `未能保存 PDF：${error instanceof Error ? error.message : String(error)}` } };
  }
}
