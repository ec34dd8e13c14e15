// exceljs's streaming reader (pinned ~4.4) copies a worksheet stored before the shared strings
// (the order exceljs itself writes) to a temp file in the OS temp folder, and deletes it only
// once the whole workbook has been read. The importer stops after the first sheet, so every
// import left a plaintext copy of names and ID numbers in /tmp, beyond encryption and cleanup.
// exceljs reaches those files through the `tmp` module, which we share with it (same version,
// one copy): while an .xlsx is read, its temp files go beside the staged upload instead (the
// staging folder, cleaned by age like the upload), and are deleted when the read ends, however
// it ends.
import { closeSync, rmSync } from 'node:fs';
import tmp from 'tmp';

type FileCallback = (error: Error | null, name: string, fd: number, remove: () => void) => void;

interface Collector {
  readonly dir: string;
  readonly files: { name: string; fd: number }[];
}

const reading: Collector[] = [];
const createTempFile = tmp.file.bind(tmp) as (options: tmp.FileOptions, callback: FileCallback) => void;

// exceljs calls tmp.file(callback) with no options; every other call passes through unchanged.
tmp.file = ((options: tmp.FileOptions | FileCallback, callback?: FileCallback) => {
  const collector = reading.at(-1);
  if (typeof options !== 'function' || collector === undefined) return createTempFile(options as tmp.FileOptions, callback as FileCallback);
  createTempFile({ tmpdir: collector.dir, prefix: '.sheet-' }, (error, name, fd, remove) => {
    if (!error) collector.files.push({ name, fd });
    options(error, name, fd, remove);
  });
}) as typeof tmp.file;

/** Sends exceljs's temp files to `dir` until the returned function is called, which deletes them. */
export function keepSheetTempFilesIn(dir: string): () => void {
  const collector: Collector = { dir, files: [] };
  reading.push(collector);
  return () => {
    reading.splice(reading.indexOf(collector), 1);
    for (const { name, fd } of collector.files) {
      try {
        closeSync(fd);
      } catch {
        // exceljs may have closed it already.
      }
      rmSync(name, { force: true });
    }
  };
}
