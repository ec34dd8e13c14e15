// Ten cards on one A4 sheet, two across and five down, touching, so one straight cut serves two
// cards. The grid is centred on the sheet; crop marks in the margin show where every cut goes
// (a mark on the cut line, kept clear of the cards so no card shows a stray line).
import type { RosterCard } from '../../../../electron/contract/wristbandIncidents';
import { BandCard, CARD_HEIGHT_MM, CARD_WIDTH_MM } from './BandCard';
import { A4Sheet } from './Sheet';

export const CARDS_ACROSS = 2;
export const CARDS_DOWN = 5;
export const CARDS_PER_SHEET = CARDS_ACROSS * CARDS_DOWN;

const SHEET_WIDTH_MM = 210;
const SHEET_HEIGHT_MM = 297;
const GRID_WIDTH_MM = CARDS_ACROSS * CARD_WIDTH_MM;
const GRID_HEIGHT_MM = CARDS_DOWN * CARD_HEIGHT_MM;
const LEFT_MM = (SHEET_WIDTH_MM - GRID_WIDTH_MM) / 2;
const TOP_MM = (SHEET_HEIGHT_MM - GRID_HEIGHT_MM) / 2;
/** Crop marks start this far from the grid and are this long. */
const MARK_GAP_MM = 1.5;
const MARK_LENGTH_MM = 6;

/** One line per cut: at each column edge above and below the grid, at each row edge left and right. */
function cropMarks(): string {
  const lines: string[] = [];
  const bottom = TOP_MM + GRID_HEIGHT_MM;
  const right = LEFT_MM + GRID_WIDTH_MM;
  for (let col = 0; col <= CARDS_ACROSS; col += 1) {
    const x = LEFT_MM + col * CARD_WIDTH_MM;
    lines.push(`M${x} ${TOP_MM - MARK_GAP_MM}v${-MARK_LENGTH_MM}`, `M${x} ${bottom + MARK_GAP_MM}v${MARK_LENGTH_MM}`);
  }
  for (let row = 0; row <= CARDS_DOWN; row += 1) {
    const y = TOP_MM + row * CARD_HEIGHT_MM;
    lines.push(`M${LEFT_MM - MARK_GAP_MM} ${y}h${-MARK_LENGTH_MM}`, `M${right + MARK_GAP_MM} ${y}h${MARK_LENGTH_MM}`);
  }
  return lines.join('');
}

const CROP_MARKS = cropMarks();

interface Props {
  readonly cards: readonly RosterCard[];
  readonly hotline: string;
  readonly label: string;
}

export function CardSheet({ cards, hotline, label }: Props) {
  return (
    <A4Sheet padding={0} label={label}>
      <svg
        aria-hidden
        width={`${SHEET_WIDTH_MM}mm`}
        height={`${SHEET_HEIGHT_MM}mm`}
        viewBox={`0 0 ${SHEET_WIDTH_MM} ${SHEET_HEIGHT_MM}`}
        style={{ position: 'absolute', inset: 0 }}
      >
        <path d={CROP_MARKS} stroke="#000" strokeWidth={0.2} fill="none" />
      </svg>
      <div
        style={{
          position: 'absolute',
          left: `${LEFT_MM}mm`,
          top: `${TOP_MM}mm`,
          display: 'grid',
          gridTemplateColumns: `repeat(${CARDS_ACROSS}, ${CARD_WIDTH_MM}mm)`,
          gridAutoRows: `${CARD_HEIGHT_MM}mm`,
        }}
      >
        {cards.map((card) => (
          <BandCard key={card.participantId} card={card} hotline={hotline} />
        ))}
      </div>
    </A4Sheet>
  );
}
