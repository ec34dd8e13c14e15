// The wizard's first step: what the sheet holds (and, for donations, which drive), then the
// file, dropped or chosen.
import { InboxOutlined } from '@ant-design/icons';
import { Alert, Flex, Form, Select, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_KINDS, type ImportKind } from '../../../../electron/contract/imports';
import { useApiQuery } from '../../api/useApiQuery';

interface Props {
  readonly onFile: (file: File, kind: ImportKind, driveId: number | undefined) => void;
}

const ACCEPTED = /\.(xlsx|csv)$/i;

export function ImportSource({ onFile }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ImportKind>('people');
  const [driveId, setDriveId] = useState<number>();
  const [problem, setProblem] = useState<string | null>(null);
  const drives = useApiQuery('blood.listDrives', kind === 'blood-drive' ? { sort: 'date', limit: 200 } : null);
  const needsDrive = kind === 'blood-drive' && driveId === undefined;

  const take = (file: File) => {
    if (!ACCEPTED.test(file.name)) setProblem(t('imports.wrongType'));
    else if (needsDrive) setProblem(t('imports.driveRequired'));
    else {
      setProblem(null);
      onFile(file, kind, kind === 'blood-drive' ? driveId : undefined);
    }
    // Never let antd upload on its own: the file goes through the registry's staging store.
    return false;
  };

  return (
    <Flex vertical gap={16}>
      <Form layout="inline">
        <Form.Item label={t('imports.kind')}>
          <Select
            aria-label={t('imports.kind')}
            style={{ width: 280 }}
            value={kind}
            onChange={setKind}
            options={IMPORT_KINDS.map((k) => ({ value: k, label: t(`imports.kinds.${k}`) }))}
          />
        </Form.Item>
        {kind === 'blood-drive' && (
          <Form.Item label={t('imports.drive')} required>
            <Select
              aria-label={t('imports.drive')}
              style={{ width: 320 }}
              placeholder={t('imports.drivePlaceholder')}
              value={driveId}
              onChange={setDriveId}
              loading={drives.loading}
              showSearch={{ optionFilterProp: 'label' }}
              options={drives.data?.rows.map((d) => ({ value: d.id, label: `${d.date} ${d.site}` }))}
            />
          </Form.Item>
        )}
      </Form>
      <Upload.Dragger accept=".xlsx,.csv" multiple={false} showUploadList={false} beforeUpload={take} disabled={needsDrive}>
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">{needsDrive ? t('imports.driveRequired') : t('imports.drop')}</p>
        <p className="ant-upload-hint">{t('imports.dropHint')}</p>
      </Upload.Dragger>
      {problem && <Alert type="warning" showIcon title={problem} />}
    </Flex>
  );
}
