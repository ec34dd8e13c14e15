// exceljs's streaming reader (pinned ~4.4) copies a worksheet stored before the shared strings
// (the order Excel and exceljs write) to a temp file in the OS temp folder, and deletes it only
// once the whole workbook has been read. The importer stops after the first sheet, so every
// import left a plaintext copy of names and ID numbers in /tmp, beyond encryption and cleanup.
// exceljs reaches those files through the `tmp` module, which we share with it (same version,
// one copy): while an .xlsx is read, its temp files go beside the staged upload instead (the
// staging folder, cleaned by age like the upload), and are deleted when the read ends, however
// it ends.
//
// exceljs's call names no read, so a copy cannot be told apart from another read's copy in the
// same folder (two previews at once). The copies in a folder are therefore deleted once no read
// in that folder is still going on, never while one might still open them.
import { closeSync, rmSync } from 'node:fs';
import tmp from 'tmp';

type FileCallback = (error: Error | null, name: string, fd: number, remove: () => void) => void;

interface Folder {
  /** Reads going on in this folder. */
  readers: number;
  readonly files: { name: string; fd: number }[];
}

const folders = new Map<string, Folder>();
/** The folders of the reads going on, latest last: exceljs's copies go to the latest. */
const reading: string[] = [];
const createTempFile = tmp.file.bind(tmp) as (options: tmp.FileOptions, callback: FileCallback) => void;

// exceljs calls tmp.file(callback) with no options; every other call passes through unchanged.
tmp.file = ((options: tmp.FileOptions | FileCallback, callback?: FileCallback) => {
  const dir = reading.at(-1);
  if (typeof options !== 'function' || dir === undefined) return createTempFile(options as tmp.FileOptions, callback as FileCallback);
  createTempFile({ tmpdir: dir, prefix: '.sheet-' }, (error, name, fd, remove) => {
    if (!error) folderOf(dir).files.push({ name, fd });
    options(error, name, fd, remove);
  });
}) as typeof tmp.file;

function folderOf(dir: string): Folder {
  let folder = folders.get(dir);
  if (!folder) folders.set(dir, (folder = { readers: 0, files: [] }));
  return folder;
}

/** Sends exceljs's temp files to `dir` until the returned function is called, which deletes them once no other read uses `dir`. */
export function keepSheetTempFilesIn(dir: string): () => void {
  const folder = folderOf(dir);
  folder.readers += 1;
  reading.push(dir);
  return () => {
    reading.splice(reading.lastIndexOf(dir), 1);
    folder.readers -= 1;
    if (folder.readers > 0) return;
    for (const { name, fd } of folder.files.splice(0)) {
      try {
        closeSync(fd);
      } catch {
        // exceljs may have closed it already.
      }
      rmSync(name, { force: true });
    }
    folders.delete(dir);
  };
}
