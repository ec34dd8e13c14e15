// Rows of a staged sheet, streamed: .xlsx through exceljs's streaming reader, .csv through
// fast-csv (the parser exceljs itself uses) after decoding. Neither loads the whole file, so a
// 100,000-row sheet is read in bounded memory, and each yields to the event loop between chunks.
import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'fast-csv';
import iconv from 'iconv-lite';
import { ApiError } from '../../../contract/errors';
import { extensionOf } from '../../files/names';

/** A cell as the importer sees it: what the spreadsheet stored, not how it displayed it. */
export type Cell = string | number | Date | boolean | null;

export interface SheetRow {
  /** The spreadsheet's own row number. */
  readonly number: number;
  /** Column A first. */
  readonly cells: readonly Cell[];
}

export type BytesRead = (bytes: number) => void;

function counted(path: string, onBytes: BytesRead) {
  let total = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      total += chunk.length;
      onBytes(total);
      done(null, chunk);
    },
  });
  return createReadStream(path).pipe(counter);
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

/** UTF-8 text of a byte stream, a character split between two chunks decoded whole. */
async function* utf8Text(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
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
function decodeWhole(reader: object): void {
  const internals = reader as ReaderInternals;
  const parseWorksheet = internals._parseWorksheet.bind(reader);
  const parseSharedStrings = internals._parseSharedStrings.bind(reader);
  internals._parseWorksheet = (iterator, sheetNo) => parseWorksheet(utf8Text(iterator), sheetNo);
  internals._parseSharedStrings = (entry) => {
    entry.setEncoding('utf8');
    return parseSharedStrings(entry);
  };
}

async function* xlsxRows(path: string, onBytes: BytesRead): AsyncGenerator<SheetRow> {
  // styles 'cache': without the number formats, dates would come back as serial numbers.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(counted(path, onBytes), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  decodeWhole(reader);
  // The first worksheet is the one drives and partners fill in; later sheets (notes, lists) are not data.
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      const values = row.values as unknown[];
      const cells: Cell[] = [];
      for (let i = 1; i < values.length; i += 1) cells.push(toCell(values[i]));
      yield { number: row.number, cells };
    }
    return;
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

async function readHead(path: string, bytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of createReadStream(path, { start: 0, end: bytes - 1 })) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
  }
  return Buffer.concat(chunks, length);
}

async function* csvRows(path: string, onBytes: BytesRead): AsyncGenerator<SheetRow> {
  const encoding = sniffEncoding(await readHead(path, 64 * 1024));
  // iconv-lite strips a BOM while decoding; ignoreEmpty off so row numbers stay the file's own.
  const parser = counted(path, onBytes).pipe(iconv.decodeStream(encoding)).pipe(parseCsv({ ignoreEmpty: false, trim: false }));
  let number = 0;
  for await (const row of parser as AsyncIterable<string[]>) {
    number += 1;
    yield { number, cells: row.map((text) => (text === '' ? null : text)) };
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
