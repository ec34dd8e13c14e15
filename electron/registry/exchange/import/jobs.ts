// Import previews as jobs: started by one call, polled for progress, cancellable, their result
// kept in memory until committed or replaced. They run in the main process, streaming and
// yielding to the event loop every few hundred rows (see preview.ts), rather than in a worker
// thread: a worker would need its own database connection (better-sqlite3 handles cannot cross
// threads) and its own entry file, which tsx (CLI, tests) and the esbuild bundle of the shell
// resolve differently; the yields keep the window answering at the cost of a slightly longer
// preview, which the benchmark measures.
import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../../../contract/errors';
import type { ImportJobStatus, ImportKind, ImportResult, JobState } from '../../../contract/imports';
import { toApiError } from '../../errors';
import { createLogger } from '../../log';
import type { FileStore } from '../../files/store';
import { commitImport, type CommitChoices } from './commit';
import { ImportCancelled, previewImport, type PreviewData } from './preview';

const log = createLogger('import');

interface Job {
  readonly id: string;
  /** The registry the job reads; a job is never used against another. */
  readonly registryPath: string;
  readonly size: number;
  readonly controller: AbortController;
  state: JobState;
  bytes: number;
  rowsRead: number;
  data: PreviewData | null;
  error: { code: string; message: string } | null;
  committed: ImportResult | null;
}

// Finished previews hold every row in memory: only the latest few are kept.
const KEEP_JOBS = 4;
const jobs = new Map<string, Job>();

function forget(): void {
  const finished = [...jobs.values()].filter((j) => j.state !== 'running');
  for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_JOBS + 1))) jobs.delete(job.id);
}

export interface StartJob {
  readonly db: Database;
  readonly registryPath: string;
  readonly store: FileStore;
  readonly fileId: string;
  readonly kind: ImportKind;
  readonly driveId?: number;
}

export function startImportJob(start: StartJob): string {
  const file = start.store.info(start.fileId);
  forget();
  const job: Job = {
    id: randomBytes(16).toString('hex'),
    registryPath: start.registryPath,
    size: file.size,
    controller: new AbortController(),
    state: 'running',
    bytes: 0,
    rowsRead: 0,
    data: null,
    error: null,
    committed: null,
  };
  jobs.set(job.id, job);
  const source = { path: start.store.pathOf(start.fileId), name: file.name, sha256: file.sha256, kind: start.kind, driveId: start.driveId };
  const watch = {
    signal: job.controller.signal,
    onProgress: (bytes: number, rows: number) => {
      job.bytes = bytes;
      job.rowsRead = rows;
    },
  };
  previewImport(start.db, source, watch).then(
    (data) => {
      job.data = data;
      job.rowsRead = data.preview.rows;
      job.state = job.controller.signal.aborted ? 'cancelled' : 'done';
    },
    (error: unknown) => {
      if (error instanceof ImportCancelled) {
        job.state = 'cancelled';
        return;
      }
      const known = toApiError(error);
      if (!known) log.error('import preview failed', error);
      job.error = known ? { code: known.code, message: known.message } : { code: 'INTERNAL', message: '读取表格时出错，文件可能已损坏或不是有效的 Excel/CSV 文件' };
      job.state = 'failed';
    },
  );
  return job.id;
}

function jobOf(registryPath: string, jobId: string): Job {
  const job = jobs.get(jobId);
  if (!job || job.registryPath !== registryPath) throw new ApiError('NOT_FOUND', '找不到该导入任务，可能已过期，请重新选择文件', { jobId });
  return job;
}

export function jobStatus(registryPath: string, jobId: string): ImportJobStatus {
  const job = jobOf(registryPath, jobId);
  const progress = job.state === 'done' ? 1 : job.size === 0 ? 0 : Math.min(0.99, job.bytes / job.size);
  return { jobId, state: job.state, progress, rowsRead: job.rowsRead, preview: job.data?.preview ?? null, error: job.error };
}

export function cancelJob(registryPath: string, jobId: string): ImportJobStatus {
  const job = jobOf(registryPath, jobId);
  if (job.state === 'running') job.controller.abort();
  return jobStatus(registryPath, jobId);
}

/** The finished preview of a job; an error when it is still running, failed or was cancelled. */
export function previewOf(registryPath: string, jobId: string): PreviewData {
  const job = jobOf(registryPath, jobId);
  if (job.state !== 'done' || job.data === null) throw new ApiError('INVALID_INPUT', job.state === 'running' ? '表格仍在检查中，请稍候' : '该导入任务没有完成，请重新选择文件');
  return job.data;
}

export function commitJob(db: Database, registryPath: string, jobId: string, choices: CommitChoices, actor: string): ImportResult {
  const job = jobOf(registryPath, jobId);
  const data = previewOf(registryPath, jobId);
  if (job.committed) throw new ApiError('INVALID_INPUT', '该文件已经导入，不能重复提交', { importId: job.committed.importId });
  job.committed = commitImport(db, data, choices, actor);
  return job.committed;
}
