// The search box above the people list. Typing waits for a pause before asking the registry,
// so a name typed quickly costs one query, not one per keystroke.
import { SearchOutlined } from '@ant-design/icons';
import { Input } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePeopleView } from '../../store/people';

const DEBOUNCE_MS = 300;

export function PeopleSearch() {
  const { t } = useTranslation();
  const search = usePeopleView((s) => s.search);
  const [text, setText] = useState(() => usePeopleView.getState().query);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const onChange = (value: string) => {
    setText(value);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => search(value.trim()), DEBOUNCE_MS);
  };

  return (
    <Input
      allowClear
      role="searchbox"
      prefix={<SearchOutlined aria-hidden />}
      placeholder={t('people.searchPlaceholder')}
      aria-label={t('people.searchPlaceholder')}
      value={text}
      onChange={(event) => onChange(event.target.value)}
      style={{ maxWidth: 420 }}
    />
  );
}
