// 设置 → 导出模板: one template per export kind, chosen above the editor. A saved template that
// no longer passes the checks is shown with its problem and the default in its place.
import { Alert, Flex, Segmented, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_KINDS, type ExportKind } from '../../../../electron/contract/exports';
import { describeError } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { TemplateEditor } from './TemplateEditor';

export function TemplatesPanel() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ExportKind>('cmdp');
  const [revision, setRevision] = useState(0);
  const templates = useApiQuery('exports.templates', {}, revision);
  const state = templates.data?.find((s) => s.kind === kind);

  return (
    <Flex vertical gap={12} style={{ maxWidth: 1000 }}>
      <Typography.Text type="secondary">{t('templates.hint')}</Typography.Text>
      <Segmented<ExportKind>
        value={kind}
        onChange={setKind}
        options={EXPORT_KINDS.map((k) => ({ value: k, label: t(`exports.kinds.${k}`) }))}
      />
      {templates.error !== undefined && <Alert type="error" showIcon title={describeError(t, templates.error)} />}
      {state === undefined ? (
        <Spin />
      ) : (
        <>
          <div>
            <Tag color={state.custom ? 'gold' : 'default'}>{state.custom ? t('templates.custom') : t('templates.default')}</Tag>
          </div>
          {state.problem && <Alert type="error" showIcon title={t('templates.problem')} description={state.problem} />}
          {/* Keyed by the saved template, so the editor starts over from what the registry holds. */}
          <TemplateEditor key={`${kind}-${revision}`} state={state} onSaved={() => setRevision((n) => n + 1)} />
        </>
      )}
    </Flex>
  );
}
