// Export batches: making, downloading and closing them, and the templates they are written with.
import type { StagedFile } from '../../contract/files';
import { createBatch, writeBatchAgain, type PathFor } from '../../registry/exchange/export/batches';
import { closeBatch, reopenBatch, submitBatch } from '../../registry/exchange/export/lifecycle';
import { listBatches } from '../../registry/exchange/export/repository';
import { readReturnedSheet } from '../../registry/exchange/export/returnedSheet';
import { listTemplates, resetTemplate, saveTemplate } from '../../registry/exchange/export/templates';
import { fileStore } from '../../registry/files/store';
import type { Registry } from '../../registry/registry';
import type { HandlersFor } from '../types';

/**
 * Runs a write whose file goes to the staging store, from which the renderer downloads it.
 * The file is sealed when one was written, and removed when the write failed.
 */
async function intoStaging<T>(registry: Registry, write: (pathFor: PathFor) => Promise<T>): Promise<{ result: T; file: StagedFile | null }> {
  const store = fileStore(registry.path);
  let fileId: string | null = null;
  const pathFor: PathFor = (name) => {
    const created = store.create(name);
    fileId = created.fileId;
    return created.path;
  };
  try {
    const result = await write(pathFor);
    return { result, file: fileId === null ? null : store.seal(fileId) };
  } catch (error) {
    if (fileId !== null) store.discard(fileId);
    throw error;
  }
}

export const exportsHandlers: HandlersFor<'exports'> = {
  'exports.list': (input, { registry }) => listBatches(registry.db, input),
  'exports.create': async (input, { registry, actor }) => {
    const { result, file } = await intoStaging(registry, (pathFor) => createBatch(registry.db, input, actor, pathFor));
    return { batch: result.batch, rows: result.rows, notReady: result.notReady, file };
  },
  'exports.download': async ({ batchId, format }, { registry, actor }) => {
    const { file } = await intoStaging(registry, (pathFor) => writeBatchAgain(registry.db, batchId, format, actor, pathFor));
    return file!;
  },
  'exports.submit': ({ batchId }, { registry, actor }) => submitBatch(registry.db, batchId, actor),
  'exports.close': async ({ batchId, fileId }, { registry, actor }) => {
    const store = fileStore(registry.path);
    const returned = fileId === undefined ? null : await readReturnedSheet(store.pathOf(fileId), store.info(fileId).name);
    return closeBatch(registry.db, batchId, returned, actor);
  },
  'exports.reopen': ({ batchId, reason }, { registry, actor }) => reopenBatch(registry.db, batchId, reason, actor),
  'exports.templates': (_input, { registry }) => listTemplates(registry.db),
  'exports.saveTemplate': ({ kind, template }, { registry, actor }) => saveTemplate(registry.db, kind, template, actor),
  'exports.resetTemplate': ({ kind }, { registry, actor }) => resetTemplate(registry.db, kind, actor),
};
