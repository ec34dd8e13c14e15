// What the export tests share: a registry reached through the dispatcher, people with valid ID
// numbers, volunteers brought to "sampled", and a way to read the file a call staged.
import ExcelJS from 'exceljs';
import { residentIdCheckChar } from '../../../electron/contract/validation/residentId';
import { fileStore } from '../../../electron/registry/files/store';
import { setup as stemcellSetup } from '../stemcellSetup';

/** A valid resident ID number for a birth date; an odd sequence is a man. */
export function residentId(birthDate: string, sequence: number): string {
  const first17 = `440507${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

export function exportSetup() {
  const base = stemcellSetup();
  const { call, registry } = base;
  let sequence = 100;

  async function person(name: string, birthDate: string, extra: Record<string, unknown> = {}): Promise<{ id: number; docNumber: string }> {
    sequence += 2;
    const docNumber = residentId(birthDate, sequence + 1);
    const created = await call('people.create', { name, birthDate, sex: 'M', docNumber, mobile: `139${String(sequence).padStart(8, '0')}`, ...extra });
    return { id: created.id, docNumber };
  }

  /** A volunteer ready for CMDP: enrolled, sample taken. */
  async function sampledVolunteer(name: string, extra: Record<string, unknown> = {}) {
    const p = await person(name, '1995-03-12', extra);
    const enrolled = await base.enroll(p.id, '2024-03-01');
    const sampled = await base.advanceTo(enrolled, 'sampled');
    return { ...p, enrollmentId: sampled.id };
  }

  /** The worksheet of a staged xlsx file, read back with exceljs. */
  async function stagedSheet(fileId: string): Promise<ExcelJS.Worksheet> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(fileStore(registry.path).pathOf(fileId));
    return book.worksheets[0];
  }

  const stagedPath = (fileId: string) => fileStore(registry.path).pathOf(fileId);

  return { ...base, person, sampledVolunteer, stagedSheet, stagedPath };
}

/** Column number (1-based) of a header in row 1. */
export function columnOf(sheet: ExcelJS.Worksheet, header: string): number {
  const values = sheet.getRow(1).values as unknown[];
  const index = values.indexOf(header);
  if (index < 1) throw new Error(`no column ${header}`);
  return index;
}
