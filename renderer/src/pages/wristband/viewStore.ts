// What the wristband page is looking at: the tab, the list's filters and page, and whose record
// is open; kept while staff visit other pages. A band scanned anywhere opens a record here.
import { create } from 'zustand';

export type ParticipantScope = 'active' | 'left' | 'all';
export type WristbandTab = 'participants' | 'incidents' | 'report' | 'followUp';

interface WristbandViewState {
  readonly tab: WristbandTab;
  readonly scope: ParticipantScope;
  /** undefined: every village / every grid. */
  readonly village: string | undefined;
  readonly grid: string | undefined;
  readonly query: string;
  readonly page: number;
  readonly pageSize: number;
  /** Bumped after a write so lists and counts are fetched again. */
  readonly revision: number;
  /** The participant whose record drawer is open. */
  readonly openParticipantId: number | null;
  setTab(tab: WristbandTab): void;
  setScope(scope: ParticipantScope): void;
  setPlace(village: string | undefined, grid: string | undefined): void;
  setQuery(query: string): void;
  turnPage(page: number, pageSize: number): void;
  changed(): void;
  open(participantId: number | null): void;
}

export const useWristbandView = create<WristbandViewState>()((set) => ({
  tab: 'participants',
  scope: 'active',
  village: undefined,
  grid: undefined,
  query: '',
  page: 1,
  pageSize: 20,
  revision: 0,
  openParticipantId: null,
  setTab: (tab) => set({ tab }),
  setScope: (scope) => set({ scope, page: 1 }),
  setPlace: (village, grid) => set({ village, grid, page: 1 }),
  setQuery: (query) => set({ query, page: 1 }),
  turnPage: (page, pageSize) => set((s) => ({ page: pageSize === s.pageSize ? page : 1, pageSize })),
  changed: () => set((s) => ({ revision: s.revision + 1 })),
  open: (openParticipantId) => set({ openParticipantId }),
}));
