// #/print/roster: the A4 roster grid workers carry, one village per page run (or the one grid
// asked for): band code, its QR code, the phone to call, and only the columns the print
// settings allow.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintField, RosterCard } from '../../../../electron/contract/wristbandIncidents';
import { useApiQuery } from '../../api/useApiQuery';
import { A4Flow, PageBreakBefore, PrintPage } from './PrintPage';
import { QrCode } from './QrCode';
import { scopeText, useRosterScope } from './rosterScope';

const CELL = { border: '0.2mm solid #000', padding: '1.2mm 1.5mm', textAlign: 'left', verticalAlign: 'middle' } as const;

interface Column {
  readonly key: string;
  readonly title: string;
  readonly render: (card: RosterCard, index: number) => ReactNode;
}

function groupByVillage(cards: readonly RosterCard[]): [string, RosterCard[]][] {
  const groups = new Map<string, RosterCard[]>();
  for (const card of cards) groups.set(card.village, [...(groups.get(card.village) ?? []), card]);
  return [...groups].map(([village, rows]) => [village, rows.sort((a, b) => (a.grid ?? '').localeCompare(b.grid ?? '', 'zh-CN'))]);
}

export function RosterPrint() {
  const { t } = useTranslation();
  const scope = useRosterScope();
  const roster = useApiQuery('wristband.roster', scope);
  const cards = roster.data?.cards ?? [];
  const place = scopeText(scope, t('print.everyone'));
  const hotline = roster.data?.hotline ?? '';
  const shows = (field: PrintField) => roster.data?.shows[field] === true;

  const columns: Column[] = [
    { key: 'index', title: t('print.roster.index'), render: (_, i) => i + 1 },
    { key: 'code', title: t('print.roster.bandCode'), render: (card) => <span style={{ fontWeight: 700, whiteSpace: 'nowrap' }}>{card.bandCode}</span> },
    { key: 'qr', title: t('print.roster.qr'), render: (card) => <QrCode text={card.qrText} sizeMm={14} label={card.bandCode} /> },
    ...(shows('name') ? [{ key: 'name', title: t('print.fields.name'), render: (card: RosterCard) => card.name }] : []),
    { key: 'grid', title: t('print.roster.grid'), render: (card) => card.grid ?? '' },
    {
      key: 'phone',
      title: t('print.roster.phone'),
      render: (card) => (card.contactIsHotline || card.contactPhone === null ? t('print.roster.hotlinePhone', { phone: hotline }) : card.contactPhone),
    },
    ...(shows('idNumber') ? [{ key: 'idNumber', title: t('print.fields.idNumber'), render: (card: RosterCard) => card.idNumber }] : []),
    ...(shows('condition')
      ? [{ key: 'condition', title: t('print.fields.condition'), render: (card: RosterCard) => (card.condition ? t(`wristband.conditions.${card.condition}`) : '') }]
      : []),
    ...(shows('address') ? [{ key: 'address', title: t('print.fields.address'), render: (card: RosterCard) => card.address }] : []),
  ];

  return (
    <PrintPage
      title={t('print.rosterTitle', { place })}
      job={{ document: 'wristband.roster', count: cards.length, scope: place, fileName: t('print.rosterFile', { place }) }}
      summary={t('print.rosterSummary', { count: cards.length })}
      loading={roster.loading}
      error={roster.error}
      backTo="/wristband"
    >
      <A4Flow label={t('print.rosterTitle', { place })}>
        {groupByVillage(cards).map(([village, rows], groupIndex) => (
          <PageBreakBefore key={village} first={groupIndex === 0}>
            <h1 style={{ fontSize: '5mm', margin: '0 0 1mm' }}>{t('print.roster.heading', { village })}</h1>
            <p style={{ fontSize: '3mm', margin: '0 0 3mm' }}>{t('print.roster.subheading', { count: rows.length, hotline: hotline || t('common.none') })}</p>
            <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: '3.2mm' }}>
              <thead>
                <tr>
                  {columns.map((column) => (
                    <th key={column.key} style={{ ...CELL, background: '#eee' }}>
                      {column.title}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((card, index) => (
                  <tr key={card.participantId}>
                    {columns.map((column) => (
                      <td key={column.key} style={CELL}>
                        {column.render(card, index)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </PageBreakBefore>
        ))}
      </A4Flow>
    </PrintPage>
  );
}
