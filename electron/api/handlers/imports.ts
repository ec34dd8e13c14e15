import { commitJob, cancelJob, jobStatus, previewOf, startImportJob } from '../../registry/exchange/import/jobs';
import { listImports } from '../../registry/exchange/import/history';
import { writeInvalidRows } from '../../registry/exchange/import/invalidSheet';
import { fileStore } from '../../registry/files/store';
import type { HandlersFor } from '../types';

const page = <T>(rows: readonly T[], offset: number, limit: number) => ({ rows: rows.slice(offset, offset + limit), total: rows.length });

export const importsHandlers: HandlersFor<'imports'> = {
  'imports.start': ({ fileId, kind, driveId }, { registry }) => ({
    jobId: startImportJob({ db: registry.db, registryPath: registry.path, store: fileStore(registry.path), fileId, kind, driveId }),
  }),
  'imports.status': ({ jobId }, { registry }) => jobStatus(registry.path, jobId),
  'imports.cancel': ({ jobId }, { registry }) => cancelJob(registry.path, jobId),
  'imports.issues': ({ jobId, code, severity, offset, limit }, { registry }) => {
    const { issues } = previewOf(registry.path, jobId);
    return page(issues.filter((i) => (code === undefined || i.code === code) && (severity === undefined || i.severity === severity)), offset, limit);
  },
  'imports.duplicates': ({ jobId, offset, limit }, { registry }) => page(previewOf(registry.path, jobId).duplicates, offset, limit),
  'imports.commit': ({ jobId, onDuplicate, decisions }, { registry, actor }) => commitJob(registry.db, registry.path, jobId, { onDuplicate, decisions }, actor),
  'imports.invalidRows': ({ jobId }, { registry }) => writeInvalidRows(fileStore(registry.path), previewOf(registry.path, jobId)),
  'imports.list': (input, { registry }) => listImports(registry.db, input),
};
