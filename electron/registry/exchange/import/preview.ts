// The preview: every data row of the sheet read, checked and sorted into ready rows (to be
// written at the commit) and invalid rows (kept with their cells for the invalid-rows sheet).
// Nothing is written. The file is streamed and the work yields to the event loop between
// batches of rows, so the app's main process keeps answering while a large sheet is checked.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ApiError } from '../../../contract/errors';
import type { ImportIssue, ImportIssueCode, ImportKind, ImportPreview, RegistryDuplicate } from '../../../contract/imports';
import type { ValidPerson } from '../../../contract/people';
import { maskDocumentNumber } from '../../../contract/validation';
import { columnSynonyms, type ImportField } from './columns';
import { registryChanges } from './diff';
import { HEADER_SEARCH_ROWS, headerOf, isFooter, type HeaderMap } from './header';
import { RowIssues } from './issues';
import { isBlank, readPerson, type RowCells } from './person';
import { checkProgram, readProgram, type DriveOfImport, type ProgramPart } from './programs';
import { sheetRows } from './read';
import { cellText } from './values';

/** A row that will be written at the commit. */
export interface ReadyRow {
  readonly row: number;
  readonly person: ValidPerson;
  readonly program: ProgramPart;
  /** The registered person with this document number, if any. */
  readonly existingId: number | null;
  /** The program already holds this record: nothing to write. */
  readonly alreadyRecorded: boolean;
}

export interface InvalidRow {
  readonly row: number;
  /** Every cell of the sheet row as text, for the invalid-rows sheet. */
  readonly cells: readonly string[];
}

export interface PreviewData {
  readonly preview: ImportPreview;
  readonly headerTexts: readonly string[];
  readonly ready: readonly ReadyRow[];
  readonly invalid: readonly InvalidRow[];
  readonly issues: readonly ImportIssue[];
  readonly duplicates: readonly RegistryDuplicate[];
}

export interface PreviewSource {
  readonly path: string;
  readonly name: string;
  readonly sha256: string;
  readonly kind: ImportKind;
  readonly driveId?: number;
}

export interface PreviewWatch {
  readonly onProgress?: (bytes: number, rows: number) => void;
  readonly signal?: AbortSignal;
}

const REQUIRED: Readonly<Record<ImportKind, readonly ImportField[]>> = {
  people: ['name', 'docNumber'],
  'blood-drive': ['name', 'docNumber'],
  cmdp: ['name', 'docNumber', 'consentDate', 'contact1Name', 'contact1Phone', 'contact2Name', 'contact2Phone'],
  organ: ['name', 'docNumber', 'registeredOn', 'cardNumber', 'pledgeKinds'],
};

// Values two people may not share: a second row with the same one would fail the commit.
const UNIQUE_IN_FILE = { 'blood-drive': 'certificateNo', cmdp: 'cmdpDonorId', organ: 'cardNumber' } as const;

// The event loop gets a turn at least this often, so a request waits a few milliseconds at most;
// the clock is read every few rows, not every row.
const YIELD_EVERY_MS = 15;
const CLOCK_EVERY_ROWS = 32;
const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

export class ImportCancelled extends Error {}

function driveOf(db: Database, driveId: number | undefined): DriveOfImport | null {
  if (driveId === undefined) return null;
  const drive = db.prepare('SELECT id, date FROM blood_drive WHERE id = ?').get(driveId) as DriveOfImport | undefined;
  if (!drive) throw new ApiError('NOT_FOUND', '找不到该献血活动', { driveId });
  return drive;
}

function uniqueValue(part: ProgramPart): string | undefined {
  if (part.kind === 'blood-drive') return part.donation.certificateNo;
  if (part.kind === 'cmdp') return part.enrollment.cmdpDonorId;
  if (part.kind === 'organ') return part.pledge.cardNumber;
  return undefined;
}

export async function previewImport(db: Database, source: PreviewSource, watch: PreviewWatch = {}): Promise<PreviewData> {
  const { kind } = source;
  if (kind === 'blood-drive' && source.driveId === undefined) throw new ApiError('INVALID_INPUT', '导入献血记录须选择献血活动');
  const drive = driveOf(db, source.driveId);
  const synonyms = columnSynonyms(kind);
  let bytes = 0;
  const rows = sheetRows(source.path, source.name, (n) => {
    bytes = n;
  });

  let header: (HeaderMap & { row: number }) | null = null;
  const ready: ReadyRow[] = [];
  const invalid: InvalidRow[] = [];
  const issues: ImportIssue[] = [];
  const duplicates: RegistryDuplicate[] = [];
  const firstRowOf = new Map<string, number>();
  const firstValueRow = new Map<string, number>();
  let dataRows = 0;
  let seen = 0;
  // Prepared once: preparing per row (as findByDocument does) costs more than the lookup itself.
  const registered = db.prepare('SELECT id FROM person WHERE doc_type = ? AND doc_number = ?').pluck();

  let lastYield = performance.now();
  for await (const { number, cells } of rows) {
    seen += 1;
    if (seen % CLOCK_EVERY_ROWS === 0 && performance.now() - lastYield > YIELD_EVERY_MS) {
      watch.onProgress?.(bytes, dataRows);
      await nextTick();
      lastYield = performance.now();
      if (watch.signal?.aborted) throw new ImportCancelled();
    }
    if (header === null) {
      const found = headerOf(cells, synonyms);
      if (found) header = { ...found, row: number };
      else if (number > HEADER_SEARCH_ROWS) break;
      continue;
    }
    const values: RowCells = {};
    for (const [column, field] of header.fields) values[field] = cells[column] ?? null;
    if (Object.values(values).every(isBlank) || isFooter(cells, synonyms.footer)) continue;
    dataRows += 1;

    const rowIssues = new RowIssues(number);
    for (const field of REQUIRED[kind]) {
      if (isBlank(values[field])) rowIssues.add(field, 'MISSING_REQUIRED', `缺少必填项：${header.names[field] ?? requiredLabel(field)}`);
    }
    const person = readPerson(values, header.names, rowIssues);
    const program = readProgram(kind, values, header.names, rowIssues, drive);
    let existingId: number | null = null;
    let alreadyRecorded = false;
    if (person?.docNumber !== undefined) {
      const key = `${person.docType}:${person.docNumber}`;
      const first = firstRowOf.get(key);
      if (first !== undefined) rowIssues.add('docNumber', 'DUPLICATE_IN_FILE', `与第 ${first} 行是同一人（证件号码相同），只导入第 ${first} 行`);
      else firstRowOf.set(key, number);
      existingId = (registered.get(person.docType, person.docNumber) as number | undefined) ?? null;
    }
    const unique = program ? uniqueValue(program) : undefined;
    if (unique !== undefined && kind !== 'people') {
      const field = UNIQUE_IN_FILE[kind];
      const first = firstValueRow.get(unique);
      if (first !== undefined) rowIssues.add(field, 'INVALID_VALUE', `${header.names[field] ?? field}与第 ${first} 行重复`);
      else firstValueRow.set(unique, number);
    }
    if (person && program && !rowIssues.hasErrors) alreadyRecorded = !checkProgram(db, program, person, existingId, rowIssues);

    if (rowIssues.hasErrors || !person || !program) {
      invalid.push({ row: number, cells: header.texts.map((_, i) => cellText(cells[i] ?? null)) });
    } else {
      if (existingId !== null && !alreadyRecorded) {
        const found = registryChanges(db, existingId, person);
        duplicates.push({ row: number, personId: existingId, name: found.name, docNumberMasked: maskDocumentNumber(person.docNumber!), changes: found.changes });
        const what = kind === 'people' ? '请选择跳过、补充空白项或覆盖' : '记录将加入其档案；人员信息请选择跳过、补充空白项或覆盖';
        rowIssues.add('docNumber', 'DUPLICATE_IN_REGISTRY', `此人已在登记库中（${found.name}），${found.changes.length === 0 ? '信息一致' : `${found.changes.length} 项不同`}；${what}`, 'warning');
      }
      ready.push({ row: number, person, program, existingId, alreadyRecorded });
    }
    issues.push(...rowIssues.list);
  }
  if (header === null) {
    throw new ApiError('INVALID_INPUT', `在表格前 ${HEADER_SEARCH_ROWS} 行中找不到表头（至少需要“姓名”或“身份证号码”等两列可识别的列名）`, { file: source.name });
  }
  watch.onProgress?.(bytes, dataRows);

  const issueCounts: Partial<Record<ImportIssueCode, number>> = {};
  for (const issue of issues) issueCounts[issue.code] = (issueCounts[issue.code] ?? 0) + 1;
  return {
    preview: {
      fileName: source.name,
      sha256: source.sha256,
      kind,
      driveId: drive?.id ?? null,
      headerRow: header.row,
      columns: header.names,
      ignoredColumns: header.ignored,
      rows: dataRows,
      valid: ready.length,
      invalid: invalid.length,
      inRegistry: duplicates.length,
      issueCounts,
    },
    headerTexts: header.texts,
    ready,
    invalid,
    issues,
    duplicates,
  };
}

const REQUIRED_LABELS: Partial<Record<ImportField, string>> = {
  name: '姓名',
  docNumber: '身份证号码',
  consentDate: '同意书签署日期',
  contact1Name: '紧急联系人1',
  contact1Phone: '联系人1电话',
  contact2Name: '紧急联系人2',
  contact2Phone: '联系人2电话',
  registeredOn: '登记日期',
  cardNumber: '登记卡号',
  pledgeKinds: '捐献内容',
};
const requiredLabel = (field: ImportField) => REQUIRED_LABELS[field] ?? field;
