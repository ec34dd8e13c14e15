// Files crossing the API: a spreadsheet the renderer uploads for import, a sheet the registry
// wrote (an export, the invalid rows of an import) that the renderer downloads. Both travel as
// base64 chunks through the ordinary RPC, so IPC and browser mode (whose request bodies are
// capped at 8 MiB) carry them the same way, and each chunk is validated like any other input.
import { z } from 'zod';
import { method } from './spec';

/** Bytes per chunk: base64 makes 2 MiB about 2.7 MiB of JSON, well under the 8 MiB body cap. */
export const FILE_CHUNK_BYTES = 2 * 1024 * 1024;
/** The largest file staff may upload: a 1,000,000-row sheet is about 60 MiB. */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

/** Random hex names the store chooses: nothing a caller sends can point outside its folder. */
export const FileId = z.string().regex(/^[0-9a-f]{32}$/, '文件编号无效');

export interface StagedFile {
  readonly fileId: string;
  /** The name shown to staff and offered when downloading (sanitised). */
  readonly name: string;
  readonly size: number;
  readonly sha256: string;
}

export interface FileChunk {
  readonly base64: string;
  /** The offset of the next chunk; equal to the size when done. */
  readonly nextOffset: number;
  readonly done: boolean;
}

export const filesMethods = {
  'files.begin': method<{ fileId: string }>()(
    z
      .object({
        name: z.string().trim().min(1, '请提供文件名').max(255, '文件名过长'),
        size: z.number().int().min(0).max(MAX_UPLOAD_BYTES, `文件不能超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`),
      })
      .strict(),
  ),
  'files.append': method<{ received: number }>()(
    z
      .object({
        fileId: FileId,
        offset: z.number().int().min(0),
        base64: z.string().max(Math.ceil(FILE_CHUNK_BYTES / 3) * 4, '上传分块过大'),
      })
      .strict(),
  ),
  'files.finish': method<StagedFile>()(z.object({ fileId: FileId }).strict()),
  'files.read': method<FileChunk>()(z.object({ fileId: FileId, offset: z.number().int().min(0).default(0) }).strict()),
  'files.info': method<StagedFile>()(z.object({ fileId: FileId }).strict()),
  'files.discard': method<{ discarded: true }>()(z.object({ fileId: FileId }).strict()),
} as const;
