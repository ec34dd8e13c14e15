// Export templates: which columns an export batch writes, under which Chinese header, in which
// cell format. The upstream registries publish no column layout (each city work station asks
// for its own), so staff edit these in 设置; the shipped defaults live in resources/templates.
// Every template is checked here on load and on save, so a broken one is refused with a clear
// message and never becomes a broken file.
import { z } from 'zod';

export const EXPORT_KINDS = ['cmdp', 'organ', 'drive-report'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** How a column is written (see registry/exchange/cells.ts). */
export const CELL_FORMATS = ['text', 'document', 'phone', 'date', 'integer', 'decimal'] as const;
export type CellFormat = (typeof CELL_FORMATS)[number];

/** What a field holds, which decides the formats it may be written in. */
type FieldType = 'text' | 'document' | 'phone' | 'date' | 'integer' | 'decimal';

// Document numbers and phones are text, always: a number cell loses an ID's last digits.
const ALLOWED_FORMATS: Readonly<Record<FieldType, readonly CellFormat[]>> = {
  text: ['text'],
  document: ['document'],
  phone: ['phone'],
  date: ['date', 'text'],
  integer: ['integer', 'text'],
  decimal: ['decimal', 'text'],
};

export interface TemplateField {
  readonly label: string;
  readonly type: FieldType;
}

const PERSON_FIELDS = {
  name: { label: '姓名', type: 'text' },
  sex: { label: '性别', type: 'text' },
  birthDate: { label: '出生日期', type: 'date' },
  ethnicity: { label: '民族', type: 'text' },
  docType: { label: '证件类型', type: 'text' },
  docNumber: { label: '证件号码', type: 'document' },
  mobile: { label: '手机号码', type: 'phone' },
  address: { label: '联系地址', type: 'text' },
  bloodGroup: { label: '血型', type: 'text' },
  employer: { label: '工作单位', type: 'text' },
  occupation: { label: '职业', type: 'text' },
} as const satisfies Record<string, TemplateField>;

/** The fields each kind can export, in the order the editor offers them. */
export const TEMPLATE_FIELDS = {
  cmdp: {
    ...PERSON_FIELDS,
    consentDate: { label: '同意书签署日期', type: 'date' },
    contact1Name: { label: '紧急联系人1姓名', type: 'text' },
    contact1Relation: { label: '紧急联系人1关系', type: 'text' },
    contact1Phone: { label: '紧急联系人1电话', type: 'phone' },
    contact2Name: { label: '紧急联系人2姓名', type: 'text' },
    contact2Relation: { label: '紧急联系人2关系', type: 'text' },
    contact2Phone: { label: '紧急联系人2电话', type: 'phone' },
    sampledOn: { label: '采样日期', type: 'date' },
    tubeBarcode: { label: '采血管条码', type: 'document' },
    sampleVolumeMl: { label: '采样量（ml）', type: 'decimal' },
    lab: { label: '检测实验室', type: 'text' },
  },
  organ: {
    ...PERSON_FIELDS,
    change: { label: '登记类别', type: 'text' },
    cardNumber: { label: '登记卡号', type: 'document' },
    kinds: { label: '捐献内容', type: 'text' },
    organs: { label: '捐献器官', type: 'text' },
    registeredOn: { label: '登记日期', type: 'date' },
    effectiveOn: { label: '生效日期', type: 'date' },
    familyConsents: { label: '家属同意', type: 'text' },
    executorName: { label: '执行人姓名', type: 'text' },
    executorRelation: { label: '执行人关系', type: 'text' },
    executorPhone: { label: '执行人电话', type: 'phone' },
    revokedOn: { label: '撤销日期', type: 'date' },
    revocationReason: { label: '撤销原因', type: 'text' },
  },
  'drive-report': {
    name: PERSON_FIELDS.name,
    sex: PERSON_FIELDS.sex,
    birthDate: PERSON_FIELDS.birthDate,
    docNumber: PERSON_FIELDS.docNumber,
    bloodGroup: PERSON_FIELDS.bloodGroup,
    driveDate: { label: '活动日期', type: 'date' },
    site: { label: '地点', type: 'text' },
    organiser: { label: '组织单位', type: 'text' },
    date: { label: '献血日期', type: 'date' },
    donationKind: { label: '献血类型', type: 'text' },
    outcome: { label: '结果', type: 'text' },
    volumeMl: { label: '全血量（ml）', type: 'integer' },
    units: { label: '血小板（治疗量）', type: 'decimal' },
    deferralReason: { label: '暂缓原因', type: 'text' },
    certificateNo: { label: '献血证编号', type: 'document' },
  },
} as const satisfies Record<ExportKind, Record<string, TemplateField>>;

export type TemplateFieldName<K extends ExportKind = ExportKind> = keyof (typeof TEMPLATE_FIELDS)[K] & string;

export const MAX_TEMPLATE_COLUMNS = 60;

const TemplateColumn = z
  .object({
    header: z.string({ error: '列标题应为文字' }).trim().min(1, '列标题不能为空').max(50, '列标题不能超过50个字'),
    field: z.string({ error: '请选择字段' }),
    format: z.enum(CELL_FORMATS, { error: '单元格格式无效' }),
  })
  .strict();
export type TemplateColumn = z.output<typeof TemplateColumn>;

// Excel refuses these in sheet names, and a name longer than 31 characters.
const SHEET_NAME = /^[^[\]:*?/\\]{1,31}$/;

/** The schema of one kind's template; the field list is the kind's. */
export function exportTemplateSchema(kind: ExportKind) {
  const fields: Readonly<Record<string, TemplateField>> = TEMPLATE_FIELDS[kind];
  return z
    .object({
      name: z.string({ error: '请填写模板名称' }).trim().min(1, '请填写模板名称').max(40, '模板名称不能超过40个字'),
      sheetName: z.string({ error: '请填写工作表名称' }).trim().regex(SHEET_NAME, '工作表名称为1–31个字，且不能含 [ ] : * ? / \\'),
      columns: z.array(TemplateColumn).min(1, '模板至少需要一列').max(MAX_TEMPLATE_COLUMNS, `模板最多 ${MAX_TEMPLATE_COLUMNS} 列`),
    })
    .strict()
    .superRefine((template, ctx) => {
      const headers = new Set<string>();
      template.columns.forEach((column, i) => {
        const where = `第 ${i + 1} 列（${column.header}）`;
        const field = Object.hasOwn(fields, column.field) ? fields[column.field] : undefined;
        if (field === undefined) {
          ctx.addIssue({ code: 'custom', path: ['columns', i, 'field'], message: `${where}的字段“${column.field}”不存在` });
        } else if (!ALLOWED_FORMATS[field.type].includes(column.format)) {
          ctx.addIssue({ code: 'custom', path: ['columns', i, 'format'], message: `${where}是${field.label}，不能用这种单元格格式` });
        }
        if (headers.has(column.header)) ctx.addIssue({ code: 'custom', path: ['columns', i, 'header'], message: `${where}的标题与前面的列重复` });
        headers.add(column.header);
      });
    });
}

export interface ExportTemplate {
  readonly name: string;
  readonly sheetName: string;
  readonly columns: readonly TemplateColumn[];
}

/** The formats a field may take in the editor. */
export const formatsOf = (kind: ExportKind, field: string): readonly CellFormat[] => {
  const fields: Readonly<Record<string, TemplateField>> = TEMPLATE_FIELDS[kind];
  return Object.hasOwn(fields, field) ? ALLOWED_FORMATS[fields[field].type] : [];
};
