// Spreadsheets built byte by byte, for what no spreadsheet program writes: a zip bomb (a small
// .xlsx whose sheet inflates to hundreds of MB). The zip is assembled by hand (local headers,
// central directory) so the inflated sheet never has to exist in memory: it is deflated as a
// stream of repeated chunks, its CRC computed chunk by chunk.
import { constants, crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

interface Entry {
  readonly name: string;
  readonly deflated: Buffer;
  readonly crc: number;
  readonly size: number;
}

function entryOf(name: string, text: string): Entry {
  const data = Buffer.from(text, 'utf8');
  return { name, deflated: deflateRawSync(data), crc: crc32(data), size: data.length };
}

/** `head`, then `chunk` repeated `times`, then `tail`, deflated without ever being whole. */
async function streamedEntry(name: string, head: string, chunk: string, times: number, tail: string): Promise<Entry> {
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  let crc = 0;
  let size = 0;
  const write = async (data: Buffer) => {
    crc = crc32(data, crc);
    size += data.length;
    if (!deflate.write(data)) await new Promise((resolve) => deflate.once('drain', resolve));
  };
  await write(Buffer.from(head, 'utf8'));
  const repeated = Buffer.from(chunk, 'utf8');
  for (let i = 0; i < times; i += 1) await write(repeated);
  await write(Buffer.from(tail, 'utf8'));
  deflate.end();
  await done;
  return { name, deflated: Buffer.concat(out), crc, size };
}

function zip(entries: readonly Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.deflated.length, 18);
    local.writeUInt32LE(e.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.deflated.length, 20);
    central.writeUInt32LE(e.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.deflated);
    centrals.push(central, name);
    offset += local.length + name.length + e.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
const SHARED_STRINGS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2"><si><t>姓名</t></si><si><t>身份证号码</t></si></sst>`;
const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>`;

/** One data row, padded to a kilobyte. Every row says it is row 2: exceljs reads it as such, as often as it comes. */
const ROW_KB = '<row r="2"><c r="A2" t="inlineStr"><is><t>陈明</t></is></c></row>'.padEnd(1024, ' ');

export type BombShape =
  /** Hundreds of MB of rows, each with a cell: work for the parser, one row at a time. */
  | 'rows'
  /** Hundreds of MB of one text cell: a parser that gathers text whole holds all of it. */
  | 'cell';

/**
 * A .xlsx of a few hundred KB whose sheet inflates to about `megabytes` MB: a header row
 * (姓名, 身份证号码), then rows or one giant cell. Shared strings come before the sheet unless
 * `sheetFirst`: a streaming reader then meets the sheet before it can read it.
 */
export async function zipBomb(shape: BombShape, megabytes: number, sheetFirst = false): Promise<Buffer> {
  const MB = 1024 * 1024;
  const sheet =
    shape === 'rows'
      ? await streamedEntry('xl/worksheets/sheet1.xml', SHEET_HEAD, ROW_KB.repeat(64), megabytes * 16, '</sheetData></worksheet>')
      : await streamedEntry('xl/worksheets/sheet1.xml', `${SHEET_HEAD}<row r="2"><c r="A2" t="inlineStr"><is><t>`, 'A'.repeat(MB), megabytes, '</t></is></c></row></sheetData></worksheet>');
  const parts = [entryOf('[Content_Types].xml', CONTENT_TYPES), entryOf('_rels/.rels', RELS), entryOf('xl/workbook.xml', WORKBOOK), entryOf('xl/_rels/workbook.xml.rels', WORKBOOK_RELS)];
  const strings = entryOf('xl/sharedStrings.xml', SHARED_STRINGS);
  return zip(sheetFirst ? [...parts, sheet, strings] : [...parts, strings, sheet]);
}
