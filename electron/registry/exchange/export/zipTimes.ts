// Stamps every entry of a finished zip (an .xlsx) with one fixed time. exceljs hands its zip
// to archiver without an entry date, so each entry carries the moment it was written, and two
// writes of the same batch would differ in those bytes. No option of exceljs or archiver
// reaches through, so the DOS time fields are rewritten in place: they sit at fixed offsets in
// each central-directory record and the local header it points to, and no checksum covers them.
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
// The end record is 22 bytes plus a comment of at most 65,535.
const MAX_TAIL = 22 + 0xffff;

/** The MS-DOS time and date words of a moment, read in UTC so every machine writes the same. */
function dosTime(at: Date): Buffer {
  const out = Buffer.alloc(4);
  out.writeUInt16LE((at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2), 0);
  out.writeUInt16LE(((at.getUTCFullYear() - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(), 2);
  return out;
}

function read(fd: number, length: number, position: number): Buffer {
  const buffer = Buffer.alloc(length);
  const n = readSync(fd, buffer, 0, length, position);
  return buffer.subarray(0, n);
}

export function fixZipEntryTimes(path: string, at: Date): void {
  const stamp = dosTime(at);
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    const tailStart = Math.max(0, size - MAX_TAIL);
    const tail = read(fd, size - tailStart, tailStart);
    let end = -1;
    for (let i = tail.length - 22; i >= 0; i -= 1) {
      if (tail.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
        end = i;
        break;
      }
    }
    if (end < 0) throw new Error('not a zip file: no end of central directory');
    const entries = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryStart = tail.readUInt32LE(end + 16);
    const directory = read(fd, directorySize, directoryStart);
    let offset = 0;
    for (let n = 0; n < entries; n += 1) {
      if (directory.readUInt32LE(offset) !== CENTRAL_HEADER) throw new Error('zip central directory is damaged');
      const localOffset = directory.readUInt32LE(offset + 42);
      if (read(fd, 4, localOffset).readUInt32LE(0) !== LOCAL_HEADER) throw new Error('zip local header is damaged');
      writeSync(fd, stamp, 0, 4, directoryStart + offset + 12);
      writeSync(fd, stamp, 0, 4, localOffset + 10);
      offset += 46 + directory.readUInt16LE(offset + 28) + directory.readUInt16LE(offset + 30) + directory.readUInt16LE(offset + 32);
    }
  } finally {
    closeSync(fd);
  }
}
