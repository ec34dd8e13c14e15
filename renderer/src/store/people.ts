// What the people list is looking at: the search and the page. The rows themselves stay in
// the database and are fetched per page.
import { create } from 'zustand';

interface PeopleViewState {
  readonly query: string;
  readonly page: number;
  readonly pageSize: number;
  /** Bumped after a write so the current page is fetched again. */
  readonly revision: number;
  search(query: string): void;
  turnPage(page: number, pageSize: number): void;
  /** After adding someone: clear the search and go to the first page, where new people appear. */
  showNewest(): void;
  /** After a change or a merge: read the current page again. */
  refresh(): void;
}

export const usePeopleView = create<PeopleViewState>()((set) => ({
  query: '',
  page: 1,
  pageSize: 20,
  revision: 0,
  search: (query) => set({ query, page: 1 }),
  turnPage: (page, pageSize) => set((s) => ({ page: pageSize === s.pageSize ? page : 1, pageSize })),
  showNewest: () => set((s) => ({ query: '', page: 1, revision: s.revision + 1 })),
  refresh: () => set((s) => ({ revision: s.revision + 1 })),
}));
