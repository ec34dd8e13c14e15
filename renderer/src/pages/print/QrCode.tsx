// A QR code as inline SVG, sized in mm. The qrcode package encodes (error correction, masking);
// its own SVG and data-URL renderers are asynchronous, so the few lines that draw the modules
// are here: a sheet is then complete the moment it renders, and a print or PDF can never catch
// it half drawn. Vector paths also stay sharp at any printer resolution.
import QRCode from 'qrcode';
import { useMemo } from 'react';

interface Props {
  readonly text: string;
  readonly sizeMm: number;
  /** Read by screen readers and copied with the text of a PDF. */
  readonly label: string;
}

/** One path for all dark modules: `M x y h1 v1 h-1 z` per module. */
function modulesPath(text: string): { size: number; path: string } {
  // M: a card is handled, scuffed and printed small; M survives ~15% damage and stays compact.
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  let path = '';
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (modules.get(row, col)) path += `M${col} ${row}h1v1h-1z`;
    }
  }
  return { size: modules.size, path };
}

/** White margin around the symbol, in modules: half the standard's four, the card's white space gives the rest. */
const QUIET = 2;

export function QrCode({ text, sizeMm, label }: Props) {
  const { size, path } = useMemo(() => modulesPath(text), [text]);
  const box = size + 2 * QUIET;
  return (
    <svg
      role="img"
      aria-label={label}
      width={`${sizeMm}mm`}
      height={`${sizeMm}mm`}
      viewBox={`${-QUIET} ${-QUIET} ${box} ${box}`}
      shapeRendering="crispEdges"
      style={{ display: 'block', background: '#fff' }}
    >
      <path d={path} fill="#000" />
    </svg>
  );
}
