// The paper a print route lays out on, in mm: a fixed A4 sheet (cards, labels: things placed
// exactly) and a flowing A4 column (rosters, reports: the browser breaks the pages).
import type { CSSProperties, ReactNode } from 'react';

interface SheetProps {
  /** The sheet's margins, in mm (the page box itself has none; see print.css). */
  readonly padding?: number;
  readonly children: ReactNode;
  readonly label?: string;
}

/** One A4 page; what does not fit is cut off, so callers paginate before they place. */
export function A4Sheet({ padding = 12, children, label }: SheetProps) {
  return (
    <section className="print-sheet" aria-label={label} style={{ padding: `${padding}mm` }}>
      {children}
    </section>
  );
}

/** A column as wide as A4 whose content flows onto as many pages as it needs. */
export function A4Flow({ children, label }: Omit<SheetProps, 'padding'>) {
  return (
    <section className="print-flow" aria-label={label}>
      {children}
    </section>
  );
}

/** Starts its content on a new page (e.g. each village of a roster). */
export function PageBreakBefore({ children, first = false, style }: { readonly children: ReactNode; readonly first?: boolean; readonly style?: CSSProperties }) {
  return (
    <div className={first ? undefined : 'print-page-break'} style={style}>
      {children}
    </div>
  );
}

/** Splits items into pages of `perPage`, for fixed sheets. */
export function paginate<T>(items: readonly T[], perPage: number): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += perPage) pages.push(items.slice(start, start + perPage));
  return pages;
}
