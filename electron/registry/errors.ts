// SQLite's failures that a user can act on, as API errors. Everything else is a bug and is
// reported as INTERNAL by the dispatcher.
import { ApiError } from '../contract/errors';

export function toApiError(error: unknown): ApiError | null {
  if (error instanceof ApiError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    // ENOSPC: a file the core writes itself (a staged upload, a sheet's temp copy) on a full disk.
    case 'SQLITE_FULL':
    case 'ENOSPC':
      return new ApiError('DISK_FULL', '磁盘空间不足，操作未完成，数据没有改动。请清理磁盘后重试。');
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new ApiError('BUSY', '数据库正被其他程序使用，请稍后再试。');
    default:
      return null;
  }
}
