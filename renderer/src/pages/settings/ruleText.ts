// How a rule reads: its label and its fields' labels from the catalogue, and a value written
// out ("最低年龄（周岁） 18；…", "200、300、400 毫升", "是").
import type { TFunction } from 'i18next';
import type { RuleKey } from '../../../../electron/contract/rules';

export interface RuleLabels {
  readonly label: string;
  readonly fields?: Readonly<Record<string, string>>;
  readonly unit?: string;
}

export function ruleLabels(t: TFunction, key: RuleKey): RuleLabels {
  const [program, name] = [key.slice(0, key.indexOf('.')), key.slice(key.indexOf('.') + 1)];
  const catalogue = t('rules.catalogue', { returnObjects: true }) as unknown as Record<string, Record<string, RuleLabels> | undefined>;
  return catalogue[program]?.[name] ?? { label: key };
}

function scalar(t: TFunction, value: unknown): string {
  if (typeof value === 'boolean') return value ? t('rules.yes') : t('rules.no');
  return String(value);
}

export function ruleValueText(t: TFunction, labels: RuleLabels, value: unknown): string {
  const unit = labels.unit ? ` ${labels.unit}` : '';
  if (Array.isArray(value)) return `${value.map((v) => scalar(t, v)).join('、')}${unit}`;
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value)
      .map(([field, v]) => `${labels.fields?.[field] ?? field}：${scalar(t, v)}`)
      .join('；');
  }
  return `${scalar(t, value)}${unit}`;
}
