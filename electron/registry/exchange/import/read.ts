// Rows of a staged sheet, streamed: .xlsx through exceljs's streaming reader, .csv through
// fast-csv (the parser exceljs itself uses) after decoding. Neither loads the whole file, so a
// 100,000-row sheet is read in bounded memory, and each yields to the event loop between chunks.
import { createReadStream, fstatSync, openSync, ReadStream, readSync } from 'node:fs';
import { dirname } from 'node:path';
import { Transform } from 'node:stream';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'fast-csv';
import iconv from 'iconv-lite';
import { ApiError } from '../../../contract/errors';
import { toApiError } from '../../errors';
import { extensionOf } from '../../files/names';
import { keepSheetTempFilesIn } from './sheetTemp';

/** A cell as the importer sees it: what the spreadsheet stored, not how it displayed it. */
export type Cell = string | number | Date | boolean | null;

export interface SheetRow {
  /** The spreadsheet's own row number. */
  readonly number: number;
  /** Column A first. */
  readonly cells: readonly Cell[];
}

export type BytesRead = (bytes: number) => void;

// Opened before any stream reads it: a staged file removed as its preview starts (discarded,
// cleaned) is then this call's error. As a stream 'error' event it would not pass through
// .pipe(): uncaught, it ended the process, and the parser waited forever.
function openStaged(path: string): number {
  try {
    return openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ApiError('NOT_FOUND', '找不到该文件，可能已过期被清理，请重新上传');
    throw error;
  }
}

/** A stream of the open file's bytes that reports how many have been read, and the file's size. */
function counted(fd: number, onBytes: BytesRead): { source: ReadStream; bytes: Transform; size: number } {
  let total = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      total += chunk.length;
      onBytes(total);
      done(null, chunk);
    },
  });
  const source = createReadStream('', { fd });
  return { source, bytes: source.pipe(counter), size: fstatSync(fd).size };
}

/** exceljs's cell values: rich text, hyperlinks, formulas (their cached result) and errors flattened. */
function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: unknown };
  if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
  if (v.result !== undefined) return toCell(v.result);
  if (typeof v.text === 'string') return v.text;
  return null;
}

/**
 * How far a part of an .xlsx may inflate, against the whole file's size: Apache POI's rule for
 * zip bombs (ZipSecureFile refuses parts that inflate more than 100-fold). Real sheets inflate
 * 5- to 20-fold; a bomb of a few hundred KB inflates to hundreds of MB, and a single cell of it
 * is held whole by the XML parser. Small files get a floor, so no real sheet meets the limit.
 */
const MAX_INFLATION = 100;
const MIN_INFLATED_LIMIT = 64 * 1024 * 1024;

const inflatedTooFar = () =>
  new ApiError('INVALID_INPUT', '表格解压后的内容异常庞大（文件可能已损坏或是恶意构造的），已停止读取；请在 Excel 中打开检查后另存再导入');

/** UTF-8 text of a byte stream, a character split between two chunks decoded whole; at most `limit` bytes. */
async function* utf8Text(chunks: AsyncIterable<Buffer | string>, limit: number): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > limit) throw inflatedTooFar();
    yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

interface ReaderInternals {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): unknown;
  _parseSharedStrings(entry: NodeJS.ReadableStream): unknown;
}

/**
 * exceljs 4.4's streaming reader decodes each zip chunk to text on its own, so a Chinese
 * character cut by a chunk boundary becomes two U+FFFD (exceljs issues #2063, #2084; about one
 * row in 20,000 here). Its parser passes text chunks through untouched, so the reader is given
 * text decoded across chunk boundaries instead. Private methods, hence pinned to ~4.4.0.
 */
function decodeWhole(reader: object, limit: number): void {
  const internals = reader as ReaderInternals;
  const parseWorksheet = internals._parseWorksheet.bind(reader);
  const parseSharedStrings = internals._parseSharedStrings.bind(reader);
  internals._parseWorksheet = (iterator, sheetNo) => {
    // A worksheet copied to a temp file is reopened by path once the zip has been read. When the
    // read was given up meanwhile (the zip failed after its last part), the copy is already
    // deleted and nobody iterates this stream: its open error would be uncaught and end the
    // process. Errors of a stream that is iterated still reach the iterator.
    if (iterator instanceof ReadStream) iterator.on('error', () => undefined);
    return parseWorksheet(utf8Text(iterator, limit), sheetNo);
  };
  internals._parseSharedStrings = (entry) => {
    let total = 0;
    const limited = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        total += chunk.length;
        done(total > limit ? inflatedTooFar() : null, chunk);
      },
    });
    limited.setEncoding('utf8');
    return parseSharedStrings(entry.pipe(limited));
  };
}

/**
 * Rejects when the zip reader inside exceljs fails. exceljs does not pass that failure on to the
 * part it is reading, and waits for that part to end, which it never does: a damaged deflate
 * stream (a few bytes changed or inserted) left the import running forever. exceljs pipes our
 * byte stream into its zip reader, so the pipe is where the reader can be reached.
 */
function zipFailure(bytes: Transform): Promise<never> {
  const failed = new Promise<never>((_resolve, reject) => {
    const pipe = bytes.pipe.bind(bytes);
    bytes.pipe = ((destination: NodeJS.WritableStream, options?: { end?: boolean }) => {
      destination.once('error', reject);
      return pipe(destination, options);
    }) as typeof bytes.pipe;
  });
  // Awaited only while rows are read: a failure after the last row is nobody's concern.
  failed.catch(() => undefined);
  return failed;
}

/** The items of `items`, or the failure, whichever comes first at each step. */
async function* unlessFailed<T>(items: AsyncIterable<T>, failed: Promise<never>): AsyncGenerator<T> {
  const iterator = items[Symbol.asyncIterator]();
  for (;;) {
    const next = await Promise.race([iterator.next(), failed]);
    if (next.done) return;
    yield next.value;
  }
}

const unreadable = () =>
  new ApiError('INVALID_INPUT', '无法读取该 Excel 文件：文件已损坏或不是有效的 .xlsx 文件（旧版 .xls 请在 Excel 中另存为 .xlsx）');

async function* xlsxRows(path: string, onBytes: BytesRead): AsyncGenerator<SheetRow> {
  const { source, bytes, size } = counted(openStaged(path), onBytes);
  const releaseTempFiles = keepSheetTempFilesIn(dirname(path));
  // styles 'cache': without the number formats, dates would come back as serial numbers.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(bytes, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  decodeWhole(reader, Math.max(MIN_INFLATED_LIMIT, size * MAX_INFLATION));
  const failed = zipFailure(bytes);
  try {
    // The first worksheet is the one drives and partners fill in; later sheets (notes, lists) are not data.
    for await (const worksheet of unlessFailed(reader, failed)) {
      for await (const row of unlessFailed(worksheet, failed)) {
        const values = row.values as unknown[];
        const cells: Cell[] = [];
        for (let i = 1; i < values.length; i += 1) cells.push(toCell(values[i]));
        yield { number: row.number, cells };
      }
      return;
    }
  } catch (error) {
    // Whatever the zip or XML parser trips over is the file's fault, not the registry's: staff
    // see what to do about it instead of an internal error.
    // A full disk (the sheet's temp copy is written beside the upload) is not the file's fault.
    throw (toApiError(error) ?? unreadable());
  } finally {
    // A reader stopped early (header not found, refused, cancelled) would hold the file open.
    source.destroy();
    releaseTempFiles();
  }
}

// The first bytes decide: a UTF-8 byte order mark, or bytes that are valid UTF-8, mean UTF-8;
// anything else is taken as GB18030 (a superset of GBK, which Excel in China writes).
function sniffEncoding(head: Buffer): 'utf8' | 'gb18030' {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf8';
  // A multi-byte character may be cut at the end of the sample: drop up to 3 trailing bytes.
  let end = head.length;
  while (end > 0 && head.length - end < 3 && (head[end - 1] & 0xc0) === 0x80) end -= 1;
  if (end > 0 && head[end - 1] >= 0xc0) end -= 1;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, end));
    return 'utf8';
  } catch {
    return 'gb18030';
  }
}

function readHead(fd: number, bytes: number): Buffer {
  const head = Buffer.alloc(bytes);
  return head.subarray(0, readSync(fd, head, 0, bytes, 0));
}

async function* csvRows(path: string, onBytes: BytesRead): AsyncGenerator<SheetRow> {
  const fd = openStaged(path);
  const encoding = sniffEncoding(readHead(fd, 64 * 1024));
  const { source, bytes } = counted(fd, onBytes);
  // iconv-lite strips a BOM while decoding; ignoreEmpty off so row numbers stay the file's own.
  const parser = bytes.pipe(iconv.decodeStream(encoding)).pipe(parseCsv({ ignoreEmpty: false, trim: false }));
  let number = 0;
  try {
    for await (const row of parser as AsyncIterable<string[]>) {
      number += 1;
      yield { number, cells: row.map((text) => (text === '' ? null : text)) };
    }
  } catch (error) {
    // The parser refuses a quote that is never closed or is followed by more text: the file's fault.
    if (error instanceof ApiError) throw error;
    throw new ApiError('INVALID_INPUT', `无法读取该 CSV 文件：第 ${number + 1} 行附近格式有误（引号不成对？）；请在 Excel 中打开检查后另存再导入`, { row: number + 1 });
  } finally {
    source.destroy();
  }
}

/** The rows of an .xlsx or .csv file, in order, each with its row number. */
export function sheetRows(path: string, name: string, onBytes: BytesRead = () => undefined): AsyncGenerator<SheetRow> {
  switch (extensionOf(name)) {
    case 'xlsx':
      return xlsxRows(path, onBytes);
    case 'csv':
      return csvRows(path, onBytes);
    default:
      throw new ApiError('INVALID_INPUT', '只能导入 .xlsx 或 .csv 文件（旧版 .xls 请在 Excel 中另存为 .xlsx）', { name });
  }
}
