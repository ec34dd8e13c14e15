// How blood records read on screen: a donation's measure, a broken rule, an honour.
import type { TFunction } from 'i18next';
import type { Donation, RuleBreak } from '../../../../electron/contract/blood';

/** "400 毫升", "2 个治疗量", or the deferral reason for a deferred visit. */
export function measureText(t: TFunction, d: Pick<Donation, 'outcome' | 'kind' | 'volumeMl' | 'units' | 'deferralReason' | 'deferralNote'>): string {
  if (d.outcome === 'deferred') {
    const reason = d.deferralReason ? t(`blood.deferralReasons.${d.deferralReason}`) : '';
    return d.deferralNote ? `${reason}：${d.deferralNote}` : reason;
  }
  return d.kind === 'whole_blood' ? t('blood.ml', { count: d.volumeMl ?? 0 }) : t('blood.units', { count: d.units ?? 0 });
}

/** One broken rule in a sentence, with the date it would be allowed when there is one. */
export function breakText(t: TFunction, b: RuleBreak): string {
  const text = t(`blood.breaks.${b.rule}`, { limit: b.limit ?? '', otherDate: b.otherDate ?? '' });
  return b.allowedFrom ? `${text}，${t('blood.allowedFrom', { date: b.allowedFrom })}` : text;
}
