// The staging store: files on their way into the registry (uploads for import) or out of it
// (exports, invalid-row sheets) wait here under random ids until the renderer or the core
// picks them up. The folder sits beside the registry file — the same disk, so a large upload
// cannot fill a small tmpfs — and each file has a JSON sidecar with its name, size and hash.
// Files are short-lived: anything older than a day is removed when the store is first opened.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ApiError } from '../../contract/errors';
import { FILE_CHUNK_BYTES, MAX_UPLOAD_BYTES, type FileChunk, type StagedFile } from '../../contract/files';
import { safeFileName } from './names';

const MAX_AGE_MS = 24 * 60 * 60 * 1000;

interface Sidecar {
  readonly name: string;
  /** Declared size while uploading; the real size once finished. */
  readonly size: number;
  /** Set once the file is complete. */
  readonly sha256: string | null;
}

export interface FileStore {
  readonly dir: string;
  /** Starts an upload of `size` bytes; the chunks follow in order. */
  begin(name: string, size: number): string;
  /** Writes one chunk at `offset` (which must be where the last one ended); returns the bytes received so far. */
  append(fileId: string, offset: number, bytes: Buffer): number;
  /** Checks the upload is complete and hashes it. */
  finish(fileId: string): StagedFile;
  /** A file the core writes itself (an export): write to `path`, then seal it. */
  create(name: string): { fileId: string; path: string };
  seal(fileId: string): StagedFile;
  read(fileId: string, offset: number): FileChunk;
  info(fileId: string): StagedFile;
  /** The path of a complete file, for the core to read. */
  pathOf(fileId: string): string;
  discard(fileId: string): void;
}

const notFound = (fileId: string) => new ApiError('NOT_FOUND', '找不到该文件，可能已过期被清理，请重新上传', { fileId });

/** The SHA-256 of a file, read in 1 MiB blocks. */
export function sha256Of(path: string): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) hash.update(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

function removeOld(dir: string, now: number): void {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    try {
      if (now - statSync(path).mtimeMs > MAX_AGE_MS) rmSync(path, { force: true });
    } catch {
      // Another process may have removed it meanwhile: nothing to clean.
    }
  }
}

function openStore(dir: string): FileStore {
  mkdirSync(dir, { recursive: true });
  removeOld(dir, Date.now());
  const dataPath = (id: string) => join(dir, id);
  const partPath = (id: string) => join(dir, `${id}.part`);
  const sidecarPath = (id: string) => join(dir, `${id}.json`);
  const readSidecar = (id: string): Sidecar => {
    try {
      return JSON.parse(readFileSync(sidecarPath(id), 'utf8')) as Sidecar;
    } catch {
      throw notFound(id);
    }
  };
  const writeSidecar = (id: string, sidecar: Sidecar) => writeFileSync(sidecarPath(id), JSON.stringify(sidecar));
  const complete = (id: string): Sidecar & { sha256: string } => {
    const sidecar = readSidecar(id);
    if (sidecar.sha256 === null || !existsSync(dataPath(id))) throw notFound(id);
    return sidecar as Sidecar & { sha256: string };
  };
  const staged = (id: string, s: Sidecar & { sha256: string }): StagedFile => ({ fileId: id, name: s.name, size: s.size, sha256: s.sha256 });
  const newId = () => randomBytes(16).toString('hex');
  const sealAt = (id: string, from: string): StagedFile => {
    const sidecar = readSidecar(id);
    const size = statSync(from).size;
    const sha256 = sha256Of(from);
    if (from !== dataPath(id)) renameSync(from, dataPath(id));
    writeSidecar(id, { name: sidecar.name, size, sha256 });
    return { fileId: id, name: sidecar.name, size, sha256 };
  };

  return {
    dir,
    begin(name, size) {
      if (size > MAX_UPLOAD_BYTES) throw new ApiError('INVALID_INPUT', `文件不能超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);
      const id = newId();
      writeSidecar(id, { name: safeFileName(name), size, sha256: null });
      writeFileSync(partPath(id), '');
      return id;
    },
    append(id, offset, bytes) {
      const sidecar = readSidecar(id);
      if (sidecar.sha256 !== null || !existsSync(partPath(id))) throw notFound(id);
      const fd = openSync(partPath(id), 'r+');
      try {
        const received = fstatSync(fd).size;
        // In order only: a repeated or skipped chunk would silently corrupt the spreadsheet.
        if (offset !== received) throw new ApiError('INVALID_INPUT', '上传分块顺序错误，请重新上传', { expected: received, offset });
        if (received + bytes.length > sidecar.size) throw new ApiError('INVALID_INPUT', '上传内容超过声明的文件大小');
        writeSync(fd, bytes, 0, bytes.length, offset);
        return received + bytes.length;
      } finally {
        closeSync(fd);
      }
    },
    finish(id) {
      const sidecar = readSidecar(id);
      if (sidecar.sha256 !== null) return staged(id, complete(id));
      if (!existsSync(partPath(id))) throw notFound(id);
      const received = statSync(partPath(id)).size;
      if (received !== sidecar.size) throw new ApiError('INVALID_INPUT', `文件未上传完整（${received}/${sidecar.size} 字节），请重新上传`);
      return sealAt(id, partPath(id));
    },
    create(name) {
      const id = newId();
      writeSidecar(id, { name: safeFileName(name), size: 0, sha256: null });
      return { fileId: id, path: partPath(id) };
    },
    seal(id) {
      if (!existsSync(partPath(id))) throw notFound(id);
      return sealAt(id, partPath(id));
    },
    read(id, offset) {
      const sidecar = complete(id);
      const fd = openSync(dataPath(id), 'r');
      try {
        const length = Math.max(0, Math.min(FILE_CHUNK_BYTES, sidecar.size - offset));
        const buffer = Buffer.alloc(length);
        const n = length === 0 ? 0 : readSync(fd, buffer, 0, length, offset);
        const nextOffset = offset + n;
        return { base64: buffer.subarray(0, n).toString('base64'), nextOffset, done: nextOffset >= sidecar.size };
      } finally {
        closeSync(fd);
      }
    },
    info: (id) => staged(id, complete(id)),
    pathOf(id) {
      complete(id);
      return dataPath(id);
    },
    discard(id) {
      for (const path of [dataPath(id), partPath(id), sidecarPath(id)]) rmSync(path, { force: true });
    },
  };
}

const stores = new Map<string, FileStore>();

/** The staging folder of the registry at `registryPath`: `<registry file>.files` beside it. */
export function stagingDir(registryPath: string): string {
  return join(dirname(registryPath), `${basename(registryPath)}.files`);
}

/** The store of a registry, opened (and cleaned of old files) once per process. */
export function fileStore(registryPath: string): FileStore {
  const dir = stagingDir(registryPath);
  let store = stores.get(dir);
  if (!store) {
    store = openStore(dir);
    stores.set(dir, store);
  }
  return store;
}
