// What the pledge list is looking at: status and kind filters and the page; kept while staff
// visit other pages. The rows stay in the registry and are fetched per page.
import { create } from 'zustand';
import type { PledgeKind, PledgeStatus } from '../../../../electron/contract/organ';

interface OrganViewState {
  readonly status: PledgeStatus;
  /** undefined: whatever is pledged. */
  readonly kind: PledgeKind | undefined;
  readonly page: number;
  readonly pageSize: number;
  /** Bumped after a write so the list and counts are fetched again. */
  readonly revision: number;
  /** The person whose pledge drawer is open. */
  readonly openPersonId: number | null;
  setStatus(status: PledgeStatus): void;
  setKind(kind: PledgeKind | undefined): void;
  turnPage(page: number, pageSize: number): void;
  changed(): void;
  open(personId: number | null): void;
}

export const useOrganView = create<OrganViewState>()((set) => ({
  status: 'active',
  kind: undefined,
  page: 1,
  pageSize: 20,
  revision: 0,
  openPersonId: null,
  setStatus: (status) => set({ status, page: 1 }),
  setKind: (kind) => set({ kind, page: 1 }),
  turnPage: (page, pageSize) => set((s) => ({ page: pageSize === s.pageSize ? page : 1, pageSize })),
  changed: () => set((s) => ({ revision: s.revision + 1 })),
  open: (openPersonId) => set({ openPersonId }),
}));
