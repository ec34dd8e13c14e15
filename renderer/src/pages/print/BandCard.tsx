// One wallet/slot card, 85.6 × 54 mm (the ID-1 card size): the plea, the phone to call, the
// band code and its QR code. Everything else it shows (name, ID number, condition, address,
// photo) arrives only when the office's print settings allow it: the registry's roster
// leaves a withheld field null, and this card never asks for more.
import { useTranslation } from 'react-i18next';
import type { RosterCard } from '../../../../electron/contract/wristbandIncidents';
import { QrCode } from './QrCode';

export const CARD_WIDTH_MM = 85.6;
export const CARD_HEIGHT_MM = 54;

interface Props {
  readonly card: RosterCard;
  readonly hotline: string;
}

const mm = (n: number) => `${n}mm`;

export function BandCard({ card, hotline }: Props) {
  // Read by whoever finds the person, in China: Chinese whatever the interface language.
  const { t } = useTranslation(undefined, { lng: 'zh-CN' });
  const phone = card.contactPhone ?? hotline;
  const extras = [
    card.idNumber && `${t('print.card.idNumber')} ${card.idNumber}`,
    card.condition && `${t('print.card.condition')} ${t(`wristband.conditions.${card.condition}`)}`,
    card.address && `${t('print.card.address')} ${card.address}`,
  ].filter(Boolean);
  return (
    <article
      className="band-card"
      aria-label={card.bandCode}
      style={{ width: mm(CARD_WIDTH_MM), height: mm(CARD_HEIGHT_MM), padding: mm(3.5), display: 'flex', flexDirection: 'column', gap: mm(1.5), overflow: 'hidden' }}
    >
      <div style={{ fontSize: mm(5.2), fontWeight: 700, letterSpacing: '0.08em', textAlign: 'center', lineHeight: 1.2 }}>{t('print.card.plea')}</div>
      <div style={{ display: 'flex', gap: mm(3), flex: 1, minHeight: 0 }}>
        <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: mm(1) }}>
          <QrCode text={card.qrText} sizeMm={25} label={card.bandCode} />
          <div style={{ fontFamily: 'ui-monospace, "DejaVu Sans Mono", Consolas, monospace', fontSize: mm(3), fontWeight: 700, whiteSpace: 'nowrap' }}>{card.bandCode}</div>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: mm(0.8), minWidth: 0, flex: 1 }}>
          <div style={{ fontSize: mm(2.8) }}>{card.contactIsHotline || card.contactPhone === null ? t('print.card.hotline') : t('print.card.family')}</div>
          <div style={{ fontSize: mm(5), fontWeight: 700, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{phone}</div>
          {card.name && <div style={{ fontSize: mm(3.4) }}>{card.name}</div>}
          {extras.map((line) => (
            <div key={line as string} style={{ fontSize: mm(2.6), overflowWrap: 'anywhere' }}>
              {line}
            </div>
          ))}
          {!card.contactIsHotline && card.contactPhone !== null && hotline !== '' && (
            <div style={{ fontSize: mm(2.6), marginTop: 'auto' }}>{t('print.card.hotlineLine', { phone: hotline })}</div>
          )}
        </div>
        {card.photo && (
          <img
            alt={t('print.card.photo')}
            src={`data:${card.photo.type};base64,${card.photo.base64}`}
            style={{ width: mm(18), height: mm(24), objectFit: 'cover', alignSelf: 'flex-start' }}
          />
        )}
      </div>
    </article>
  );
}
