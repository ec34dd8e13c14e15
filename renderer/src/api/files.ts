// Files to and from the registry through the ordinary API, in chunks: an upload shows its
// progress and a download works the same in Electron and in a browser (a Blob and a temporary
// link with `download`, which both Chromium and Electron save through their download flow).
import { FILE_CHUNK_BYTES } from '../../../electron/contract/files';
import { api } from './client';

/** Fraction done, 0–1. */
export type Progress = (fraction: number) => void;

// Browsers have no synchronous base64 of bytes; FileReader's data URL is the fast native path.
function toBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).slice(String(reader.result).indexOf(',') + 1));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });
}

/** Uploads `file` into the staging store; returns its fileId. */
export async function uploadFile(file: File, onProgress?: Progress, signal?: AbortSignal): Promise<string> {
  const { fileId } = await api.call('files.begin', { name: file.name, size: file.size });
  try {
    for (let offset = 0; offset < file.size; offset += FILE_CHUNK_BYTES) {
      signal?.throwIfAborted();
      const base64 = await toBase64(file.slice(offset, offset + FILE_CHUNK_BYTES));
      await api.call('files.append', { fileId, offset, base64 });
      onProgress?.(Math.min(1, (offset + FILE_CHUNK_BYTES) / Math.max(1, file.size)));
    }
    await api.call('files.finish', { fileId });
  } catch (error) {
    await api.call('files.discard', { fileId }).catch(() => undefined);
    throw error;
  }
  onProgress?.(1);
  return fileId;
}

function fromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Reads a staged file back and saves it under `suggestedName` (the store's name when omitted). */
export async function downloadFile(fileId: string, suggestedName?: string, onProgress?: Progress): Promise<void> {
  const info = await api.call('files.info', { fileId });
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (let offset = 0, done = false; !done; ) {
    const chunk = await api.call('files.read', { fileId, offset });
    parts.push(fromBase64(chunk.base64));
    offset = chunk.nextOffset;
    done = chunk.done;
    onProgress?.(info.size === 0 ? 1 : offset / info.size);
  }
  const url = URL.createObjectURL(new Blob(parts));
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName ?? info.name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled: revoking at once can cancel the download in Chromium.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
