// Band lookup from anywhere: a box in the header (Ctrl+K) and a scanner heard on every page.
// Someone found a person wearing a band and calls, or brings them in: the result shows who to
// call first (the guardians' phones), then who the person is, and opens their record.
import { ScanOutlined, SearchOutlined } from '@ant-design/icons';
import { App, Button, Input, Space, Tooltip, type InputRef } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../electron/contract/errors';
import type { BandLookup as BandLookupResult } from '../../../electron/contract/wristband';
import { parseBandCode } from '../../../electron/contract/validation/bandCode';
import { api } from '../api/client';
import { describeError } from '../api/errors';
import { useCtrlShortcut } from '../hooks/useShortcut';
import { BandLookupDrawer } from './BandLookupDrawer';
import { useBandScanner } from './BandLookupScanner';

export function BandLookup() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const box = useRef<InputRef>(null);
  const [text, setText] = useState('');
  const [searching, setSearching] = useState(false);
  const [found, setFound] = useState<BandLookupResult | null>(null);

  const lookUp = async (raw: string) => {
    const parsed = parseBandCode(raw);
    if (!parsed.ok) {
      void message.error(t(parsed.reason === 'check' ? 'bandLookup.checkWrong' : 'bandLookup.formatWrong'));
      return;
    }
    setSearching(true);
    try {
      setFound(await api.call('wristband.lookup', { code: parsed.code }));
      setText('');
    } catch (error) {
      const unknown = error instanceof ApiError && error.code === 'NOT_FOUND';
      void message.error(unknown ? t('bandLookup.notFound', { code: parsed.code }) : describeError(t, error));
    } finally {
      setSearching(false);
    }
  };

  useBandScanner((code) => void lookUp(code));
  useCtrlShortcut('k', () => box.current?.focus({ cursor: 'all' }));

  return (
    <>
      {/* A plain text box, not a search box: the page's own search keeps the one searchbox role. */}
      <Tooltip title={t('bandLookup.hint')} placement="bottomRight">
        <Space.Compact style={{ width: 280, marginInlineEnd: 24 }}>
          <Input
            ref={box}
            aria-label={t('bandLookup.label')}
            placeholder={t('bandLookup.placeholder')}
            prefix={<ScanOutlined aria-hidden />}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onPressEnter={() => text.trim() !== '' && void lookUp(text)}
            allowClear
          />
          <Button aria-label={t('bandLookup.search')} icon={<SearchOutlined aria-hidden />} loading={searching} onClick={() => text.trim() !== '' && void lookUp(text)} />
        </Space.Compact>
      </Tooltip>
      <BandLookupDrawer found={found} onClose={() => setFound(null)} />
    </>
  );
}
