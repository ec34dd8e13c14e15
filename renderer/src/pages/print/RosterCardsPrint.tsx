// #/print/roster-cards: a card for every active participant with a band in use (or those of one
// village or grid), ten to an A4 sheet with crop marks. The registry's roster already applies
// the print privacy settings; the summary line says what the cards leave out.
import { useTranslation } from 'react-i18next';
import { PRINT_FIELDS } from '../../../../electron/contract/wristbandIncidents';
import { useApiQuery } from '../../api/useApiQuery';
import { CARDS_PER_SHEET, CardSheet } from './CardSheet';
import { PrintPage, paginate } from './PrintPage';
import { scopeText, useRosterScope } from './rosterScope';

export function RosterCardsPrint() {
  const { t } = useTranslation();
  const scope = useRosterScope();
  const roster = useApiQuery('wristband.roster', scope);
  const cards = roster.data?.cards ?? [];
  const place = scopeText(scope, t('print.everyone'));
  const sheets = paginate(cards, CARDS_PER_SHEET);
  const shown = roster.data ? PRINT_FIELDS.filter((field) => roster.data!.shows[field]).map((field) => t(`print.fields.${field}`)) : [];

  return (
    <PrintPage
      title={t('print.cardsTitle', { place })}
      job={{ document: 'wristband.cards', count: cards.length, scope: place, fileName: t('print.cardsFile', { place }) }}
      summary={t('print.cardsSummary', { count: cards.length, sheets: sheets.length, shown: shown.length > 0 ? shown.join('、') : t('print.onlyEssentials') })}
      loading={roster.loading}
      error={roster.error}
      backTo="/wristband"
    >
      {sheets.map((sheet, index) => (
        <CardSheet key={index} cards={sheet} hotline={roster.data!.hotline} label={t('print.sheet', { page: index + 1, pages: sheets.length })} />
      ))}
    </PrintPage>
  );
}
