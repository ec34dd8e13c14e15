// The 56 民族 of GB 3304, searchable by the Chinese name (with or without 族), the standard's
// romanised name (Han, Zhuang…) or the code. Chinese staff type 壮 or zhuang; both work.
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ETHNICITIES } from '../../../../electron/contract/validation';

interface Props {
  readonly id?: string;
  readonly value?: string | null;
  readonly onChange?: (value: string | null) => void;
}

/** The name staff read: Chinese, or the romanised name in the English interface. */
export function useEthnicityName(): (code: string) => string {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (code) => {
    const found = ETHNICITIES.find((e) => e.code === code);
    if (!found) return code;
    return english ? found.romanized : found.name;
  };
}

export function EthnicitySelect({ id, value, onChange }: Props) {
  const { t } = useTranslation();
  const nameOf = useEthnicityName();
  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(code?: string) => onChange?.(code ?? null)}
      allowClear
      placeholder={t('people.ethnicitySearch')}
      options={ETHNICITIES.map((e) => ({ value: e.code, label: nameOf(e.code), search: `${e.name} ${e.romanized} ${e.code}`.toLowerCase() }))}
      showSearch={{ filterOption: (input, option) => option?.search.includes(input.trim().toLowerCase()) ?? false }}
    />
  );
}
