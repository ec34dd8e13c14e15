// What the volunteer list is looking at: the status filter and the page; kept while staff visit
// other pages. The rows stay in the registry and are fetched per page.
import { create } from 'zustand';
import type { EnrollmentFilter } from '../../../../electron/contract/stemcell';

interface StemcellViewState {
  /** undefined: every volunteer. */
  readonly filter: EnrollmentFilter | undefined;
  readonly page: number;
  readonly pageSize: number;
  /** Bumped after a write so the list and counts are fetched again. */
  readonly revision: number;
  /** The volunteer whose drawer is open (person id). */
  readonly openPersonId: number | null;
  setFilter(filter: EnrollmentFilter | undefined): void;
  turnPage(page: number, pageSize: number): void;
  changed(): void;
  open(personId: number | null): void;
}

export const useStemcellView = create<StemcellViewState>()((set) => ({
  filter: undefined,
  page: 1,
  pageSize: 20,
  revision: 0,
  openPersonId: null,
  setFilter: (filter) => set({ filter, page: 1 }),
  turnPage: (page, pageSize) => set((s) => ({ page: pageSize === s.pageSize ? page : 1, pageSize })),
  changed: () => set((s) => ({ revision: s.revision + 1 })),
  open: (openPersonId) => set({ openPersonId }),
}));
