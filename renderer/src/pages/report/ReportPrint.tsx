// #/print/report?from=…&to=…: the statistics report on A4, through the print-preview framework
// (pages/print): the table per program with the period before, and the months of blood donation.
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { localToday } from '../../../../electron/contract/validation/calendar';
import { useApiQuery } from '../../api/useApiQuery';
import { A4Flow, PrintPage } from '../print/PrintPage';
import { periodFromSearch } from './period';
import { formatChange, formatRate, formatValue, groupedLines } from './ReportTable';

const CELL = { border: '0.2mm solid #000', padding: '1.2mm 2mm', textAlign: 'left' } as const;
const NUMBER = { ...CELL, textAlign: 'right' } as const;
const TABLE = { width: '100%', borderCollapse: 'collapse', fontSize: '10pt', marginBottom: '6mm' } as const;

export function ReportPrint() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const { from, to } = periodFromSearch(params);
  const { data, error, loading } = useApiQuery('overview.report', { from, to });
  const lines = data ? groupedLines(data) : [];
  return (
    <PrintPage
      title={t('report.printTitle', { from, to })}
      job={{ document: 'overview.report', count: lines.length, scope: `${from}–${to}`, fileName: t('report.fileName', { from, to }) }}
      loading={loading}
      error={error}
      backTo={`/report?from=${from}&to=${to}`}
    >
      {data && (
        <A4Flow label={t('report.printTitle', { from, to })}>
          <h1 style={{ fontSize: '16pt', textAlign: 'center', margin: '0 0 3mm' }}>{t('report.printHeading')}</h1>
          <p style={{ margin: '0 0 4mm', fontSize: '10pt', display: 'flex', gap: '6mm' }}>
            <span>{t('report.current', { from: data.current.from, to: data.current.to })}</span>
            <span>{t('report.previous', { from: data.previous.from, to: data.previous.to })}</span>
            <span>{t('report.printedOn', { date: localToday() })}</span>
          </p>
          <table style={TABLE}>
            <thead>
              <tr>
                {(['program', 'figure', 'current', 'previous', 'change', 'changeRate'] as const).map((c) => (
                  <th key={c} style={CELL}>
                    {t(`report.columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => (
                <tr key={l.key}>
                  {l.span > 0 && (
                    <td style={CELL} rowSpan={l.span}>
                      {t(`report.programs.${l.program}`)}
                    </td>
                  )}
                  <td style={CELL}>{t(`report.lines.${l.key}`)}</td>
                  <td style={NUMBER}>{formatValue(l.current)}</td>
                  <td style={NUMBER}>{formatValue(l.previous)}</td>
                  <td style={NUMBER}>{formatChange(l.change)}</td>
                  <td style={NUMBER}>{formatRate(l.changeRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2 style={{ fontSize: '12pt', margin: '0 0 2mm' }}>{t('report.byMonth')}</h2>
          <table style={TABLE}>
            <thead>
              <tr>
                {[t('report.month'), t('report.lines.bloodDonations'), t('report.lines.bloodWholeMl'), t('report.lines.bloodPlateletUnits')].map((h) => (
                  <th key={h} style={CELL}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.current.blood.byMonth.map((m) => (
                <tr key={m.month}>
                  <td style={CELL}>{m.month}</td>
                  <td style={NUMBER}>{m.donations}</td>
                  <td style={NUMBER}>{m.wholeBloodMl}</td>
                  <td style={NUMBER}>{m.plateletUnits}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </A4Flow>
      )}
    </PrintPage>
  );
}
