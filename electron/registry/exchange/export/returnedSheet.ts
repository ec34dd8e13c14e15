// The sheet CMDP (through the city work station) sends back for a batch: each volunteer's ID
// number beside the donor ID the national database gave them. Read with the importer's own
// reader and column names, so every spelling staff meet on import (身份证号码, 证件号码 …;
// 中华骨髓库编号, 骨髓库编号 …) works here too.
import { ApiError } from '../../../contract/errors';
import { cmdpDonorIdSchema } from '../../../contract/stemcell';
import { normaliseDocumentNumber } from '../../../contract/validation';
import { restoreNeutralised } from '../cells';
import { columnSynonyms } from '../import/columns';
import { headerOf, HEADER_SEARCH_ROWS, isFooter, type HeaderMap } from '../import/header';
import { sheetRows } from '../import/read';
import { cellText } from '../import/values';

export interface ReturnedDonorId {
  readonly row: number;
  readonly docNumber: string;
  /** null when the cell does not hold a 12-digit CMDP donor ID. */
  readonly cmdpDonorId: string | null;
}

const columnOf = (header: HeaderMap, field: 'docNumber' | 'cmdpDonorId') => [...header.fields].find(([, f]) => f === field)?.[0];

export async function readReturnedSheet(path: string, name: string): Promise<ReturnedDonorId[]> {
  const synonyms = columnSynonyms('cmdp');
  let columns: { doc: number; donor: number } | null = null;
  const found: ReturnedDonorId[] = [];
  for await (const { number, cells } of sheetRows(path, name)) {
    if (columns === null) {
      const header = headerOf(cells, synonyms);
      const doc = header && columnOf(header, 'docNumber');
      const donor = header && columnOf(header, 'cmdpDonorId');
      if (doc !== undefined && doc !== null && donor !== undefined && donor !== null) columns = { doc, donor };
      else if (number >= HEADER_SEARCH_ROWS) break;
      continue;
    }
    if (isFooter(cells, synonyms.footer)) continue;
    const docNumber = normaliseDocumentNumber(restoreNeutralised(cellText(cells[columns.doc] ?? null)));
    if (docNumber === '') continue;
    const donor = cmdpDonorIdSchema.safeParse(cellText(cells[columns.donor] ?? null));
    found.push({ row: number, docNumber, cmdpDonorId: donor.success ? donor.data : null });
  }
  if (columns === null) {
    throw new ApiError('INVALID_INPUT', `在表格前 ${HEADER_SEARCH_ROWS} 行中没有找到“证件号码”和“中华骨髓库编号”两列，请确认上传的是骨髓库返回的表格`);
  }
  return found;
}
