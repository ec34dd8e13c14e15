import { fileStore } from '../../registry/files/store';
import type { HandlersFor } from '../types';

export const filesHandlers: HandlersFor<'files'> = {
  'files.begin': ({ name, size }, { registry }) => ({ fileId: fileStore(registry.path).begin(name, size) }),
  'files.append': ({ fileId, offset, base64 }, { registry }) => ({
    received: fileStore(registry.path).append(fileId, offset, Buffer.from(base64, 'base64')),
  }),
  'files.finish': ({ fileId }, { registry }) => fileStore(registry.path).finish(fileId),
  'files.read': ({ fileId, offset }, { registry }) => fileStore(registry.path).read(fileId, offset),
  'files.info': ({ fileId }, { registry }) => fileStore(registry.path).info(fileId),
  'files.discard': ({ fileId }, { registry }) => {
    fileStore(registry.path).discard(fileId);
    return { discarded: true as const };
  },
};
