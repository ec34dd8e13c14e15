// The print-preview framework. A print view is a route OUTSIDE the main layout (no menu), e.g.
// #/print/roster-cards, registered beside AppLayout in AppRoutes.tsx. On screen it is the
// preview: a toolbar (返回, 打印, 保存为 PDF) above the sheets on a grey desk. On paper and in
// a PDF only the sheets remain (print.css hides the toolbar, sizes the pages in mm and sets
// the CJK font stack), so what staff preview is what prints.
//
// To add a print view (e.g. #/print/report):
//   <PrintPage title=… job={{ document: 'overview.report', count, scope, fileName }} loading error>
//     <A4Flow>…tables…</A4Flow>            // flowing pages, or
//     <A4Sheet>…placed content…</A4Sheet>  // one fixed A4 page each (see Sheet.tsx)
//   </PrintPage>
// `job` is what the audit log records when staff print or save it (usePrintActions.ts).
import { ArrowLeftOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Space, Spin, Tooltip, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { describeError } from '../../api/errors';
import { useCtrlShortcut } from '../../hooks/useShortcut';
import './print.css';
import { usePrintActions, type PrintJob } from './usePrintActions';

export { A4Flow, A4Sheet, PageBreakBefore, paginate } from './Sheet';
export type { PrintJob } from './usePrintActions';

interface Props {
  /** The toolbar's heading and the window title while the preview is open. */
  readonly title: string;
  readonly job: PrintJob;
  /** What the toolbar says about the content, e.g. "共 12 张卡片". */
  readonly summary?: string;
  readonly loading: boolean;
  readonly error?: unknown;
  /** The page 返回 leads to (the one the preview is usually opened from). */
  readonly backTo: string;
  readonly children: ReactNode;
}

export function PrintPage({ title, job, summary, loading, error, backTo, children }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { busy, print, savePdf } = usePrintActions(job);
  const ready = !loading && error === undefined && job.count > 0;

  // Ctrl+P would print without the audit entry; here it goes through the same button.
  useCtrlShortcut('p', () => {
    if (ready) void print();
  });

  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);

  return (
    <div className="print-preview">
      <header className="print-toolbar">
        <Flex justify="space-between" align="center" gap={16}>
          <Space size="middle">
            <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => void navigate(backTo)}>
              {t('print.back')}
            </Button>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {title}
            </Typography.Title>
            {summary && <Typography.Text type="secondary">{summary}</Typography.Text>}
          </Space>
          <Space>
            <Tooltip title={t('print.printShortcut')}>
              <Button type="primary" icon={<PrinterOutlined aria-hidden />} disabled={!ready} loading={busy} onClick={() => void print()}>
                {t('print.print')}
              </Button>
            </Tooltip>
            <Button icon={<FilePdfOutlined aria-hidden />} disabled={!ready} loading={busy} onClick={() => void savePdf()}>
              {t('print.savePdf')}
            </Button>
          </Space>
        </Flex>
      </header>
      <main className="print-preview-body print-document" aria-busy={loading}>
        {error !== undefined ? (
          <Alert type="error" showIcon title={describeError(t, error)} />
        ) : loading ? (
          <Spin size="large" />
        ) : job.count === 0 ? (
          <Alert type="info" showIcon title={t('print.empty')} />
        ) : (
          children
        )}
      </main>
    </div>
  );
}
