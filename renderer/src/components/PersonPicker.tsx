// Choosing the person a record is for: type part of a name, pinyin initials, an ID or phone
// tail, and pick from what the registry's search finds. Programs never create people here;
// someone not found is added in 人员 first, so one person keeps one record.
import { Select, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../../electron/contract/people';
import { api } from '../api/client';
import { describeError } from '../api/errors';

const DEBOUNCE_MS = 250;

interface Props {
  readonly id?: string;
  readonly value?: number;
  readonly onChange?: (personId: number, person: PersonSummary) => void;
  readonly autoFocus?: boolean;
}

export function personLabel(person: PersonSummary, t: (key: 'sex.M' | 'sex.F') => string): string {
  return [person.name, person.sex ? t(`sex.${person.sex}`) : null, person.birthDate, person.docNumberMasked].filter(Boolean).join(' · ');
}

export function PersonPicker({ id, value, onChange, autoFocus }: Props) {
  const { t } = useTranslation();
  const [options, setOptions] = useState<readonly PersonSummary[]>([]);
  const [searching, setSearching] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef(0);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const search = (text: string) => {
    window.clearTimeout(timer.current);
    const query = text.trim();
    const ticket = ++latest.current;
    // Busy from the first keystroke, so "not found" never shows before the registry has answered.
    setSearching(query !== '');
    if (query === '') return;
    timer.current = window.setTimeout(() => {
      api.call('people.list', { query, limit: 20 }).then(
        (page) => {
          if (ticket !== latest.current) return;
          setOptions(page.rows);
          setFailure(undefined);
          setSearching(false);
        },
        (error: unknown) => {
          if (ticket !== latest.current) return;
          setOptions([]);
          setFailure(error);
          setSearching(false);
        },
      );
    }, DEBOUNCE_MS);
  };

  const empty = searching ? <Spin size="small" /> : failure !== undefined ? describeError(t, failure) : t('people.picker.notFound');
  return (
    <Select<number>
      id={id}
      showSearch={{ filterOption: false, onSearch: search }}
      autoFocus={autoFocus}
      value={value}
      placeholder={t('people.picker.search')}
      notFoundContent={empty}
      options={options.map((person) => ({ value: person.id, label: personLabel(person, t) }))}
      onChange={(personId) => {
        const person = options.find((p) => p.id === personId);
        if (person) onChange?.(personId, person);
      }}
    />
  );
}
