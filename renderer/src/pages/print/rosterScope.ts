// Which participants a roster print covers: all active ones, or one village (?village=) or one
// grid cell (?grid=, within the village when both are given). Read from the print route's
// query, so a preview can be opened, reloaded or printed by its address alone.
import { useSearchParams } from 'react-router';

export interface RosterScope {
  readonly village?: string;
  readonly grid?: string;
}

export function useRosterScope(): RosterScope {
  const [params] = useSearchParams();
  const village = params.get('village')?.trim() || undefined;
  const grid = params.get('grid')?.trim() || undefined;
  return { ...(village ? { village } : {}), ...(grid ? { grid } : {}) };
}

/** The route of a print view for a scope, e.g. `/print/roster-cards?village=东村`. */
export function rosterPrintPath(view: 'roster-cards' | 'roster', scope: RosterScope): string {
  const query = new URLSearchParams();
  if (scope.village) query.set('village', scope.village);
  if (scope.grid) query.set('grid', scope.grid);
  const search = query.toString();
  return search ? `/print/${view}?${search}` : `/print/${view}`;
}

/** The scope as the audit log and a file name say it: 东村 · 第3网格, or the whole program. */
export function scopeText(scope: RosterScope, everyone: string): string {
  return [scope.village, scope.grid].filter(Boolean).join(' · ') || everyone;
}
