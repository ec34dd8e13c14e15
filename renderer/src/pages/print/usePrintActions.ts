// 打印 and 保存为 PDF for a print route. Each first writes the audit entry (what, how many, which
// part, who); if the registry cannot record it, nothing is printed. Printing uses the window's
// own print dialog in Electron and in the browser alike. A PDF is saved by the desktop shell
// (printToPDF and a save dialog); the browser has no such door, so there staff are told to
// choose "另存为 PDF" in the print dialog that opens.
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../electron/contract/errors';
import { PDF_SHELL_ONLY, type PrintDocument } from '../../../../electron/contract/print';
import { api } from '../../api/client';
import { describeError } from '../../api/errors';

export interface PrintJob {
  readonly document: PrintDocument;
  /** Cards, rows or entries printed. */
  readonly count: number;
  /** Which part, as staff read it in the audit log (e.g. 村/社区：东村). */
  readonly scope?: string;
  /** Suggested PDF file name, without extension. */
  readonly fileName: string;
}

const isShellOnly = (error: unknown) => error instanceof ApiError && (error.details as { reason?: unknown } | undefined)?.reason === PDF_SHELL_ONLY;

export function usePrintActions(job: PrintJob) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);
  const { document, count, scope } = job;

  const printWithDialog = async (output: 'printer' | 'pdf') => {
    await api.call('print.record', { document, count, scope, output });
    window.print();
  };

  const run = async (action: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    try {
      await action();
    } catch (error) {
      void message.error(describeError(t, error));
    } finally {
      setBusy(false);
    }
  };

  const print = () => run(() => printWithDialog('printer'));

  const savePdf = () =>
    run(async () => {
      try {
        const { savedTo } = await api.call('print.savePdf', { document, count, scope, fileName: job.fileName });
        if (savedTo !== null) void message.success(t('print.pdfSaved', { path: savedTo }));
      } catch (error) {
        if (!isShellOnly(error)) throw error;
        // The browser's print dialog blocks the page, so the advice comes first, then the dialog.
        const proceed = await new Promise<boolean>((resolve) =>
          modal.confirm({
            title: t('print.pdfInBrowserTitle'),
            content: t('print.pdfInBrowser'),
            okText: t('print.openPrintDialog'),
            cancelText: t('common.cancel'),
            onOk: () => resolve(true),
            onCancel: () => resolve(false),
          }),
        );
        if (proceed) await printWithDialog('pdf');
      }
    });

  return { busy, print, savePdf };
}
