// The import wizard's long steps: upload the file with its progress, start the preview job and
// poll it until it is done, failed or cancelled. The page shows each step; the work itself runs
// in the registry (streamed, so the window stays responsive).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportKind, ImportPreview } from '../../../../electron/contract/imports';
import { api } from '../../api/client';
import { uploadFile } from '../../api/files';

export type ImportStep =
  | { readonly step: 'choose' }
  | { readonly step: 'uploading'; readonly name: string; readonly progress: number }
  | { readonly step: 'checking'; readonly jobId: string; readonly progress: number; readonly rows: number }
  | { readonly step: 'preview'; readonly jobId: string; readonly preview: ImportPreview }
  | { readonly step: 'failed'; readonly message: string }
  | { readonly step: 'cancelled' };

const POLL_MS = 300;

export function useImportJob() {
  const [state, setState] = useState<ImportStep>({ step: 'choose' });
  const upload = useRef<AbortController | null>(null);
  const jobId = state.step === 'checking' ? state.jobId : null;

  useEffect(() => {
    if (jobId === null) return;
    const timer = setInterval(() => {
      api.call('imports.status', { jobId }).then(
        (status) => {
          if (status.state === 'running') setState({ step: 'checking', jobId, progress: status.progress, rows: status.rowsRead });
          else if (status.state === 'done' && status.preview) setState({ step: 'preview', jobId, preview: status.preview });
          else if (status.state === 'cancelled') setState({ step: 'cancelled' });
          else setState({ step: 'failed', message: status.error?.message ?? '' });
        },
        (error: unknown) => setState({ step: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [jobId]);

  const start = useCallback(async (file: File, kind: ImportKind, driveId: number | undefined) => {
    const controller = new AbortController();
    upload.current = controller;
    setState({ step: 'uploading', name: file.name, progress: 0 });
    try {
      const fileId = await uploadFile(file, (progress) => setState({ step: 'uploading', name: file.name, progress }), controller.signal);
      const started = await api.call('imports.start', { fileId, kind, driveId });
      setState({ step: 'checking', jobId: started.jobId, progress: 0, rows: 0 });
    } catch (error) {
      setState(controller.signal.aborted ? { step: 'cancelled' } : { step: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  const cancel = useCallback(() => {
    upload.current?.abort();
    if (jobId !== null) void api.call('imports.cancel', { jobId }).catch(() => undefined);
  }, [jobId]);

  const reset = useCallback(() => setState({ step: 'choose' }), []);

  return { state, start, cancel, reset };
}
