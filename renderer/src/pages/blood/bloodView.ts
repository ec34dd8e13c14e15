// What the 献血 page is looking at: the tab, each list's filters and page, and the form's last
// whole-blood volume. Rows stay in the registry and are fetched per page.
import { create } from 'zustand';
import type { DonationKind, DonationOutcome } from '../../../../electron/contract/blood';

export type BloodTab = 'donors' | 'donations' | 'drives';

export interface DonorFilters {
  readonly eligibleFor?: DonationKind;
  readonly lastFrom?: string;
  readonly lastTo?: string;
}

export interface DonationFilters {
  readonly from?: string;
  readonly to?: string;
  readonly kind?: DonationKind;
  readonly outcome?: DonationOutcome;
}

interface Paged<F> {
  readonly filters: F;
  readonly page: number;
  readonly pageSize: number;
}

interface BloodViewState {
  readonly tab: BloodTab;
  readonly donors: Paged<DonorFilters>;
  readonly donations: Paged<DonationFilters>;
  readonly drives: Paged<{ readonly sort: 'volume' | 'date' }>;
  /** Bumped after every write so the lists and open records are fetched again. */
  readonly revision: number;
  /** The volume the form offers next: the last one used, 400 ml at first. */
  readonly lastVolumeMl: number;
  setTab(tab: BloodTab): void;
  filterDonors(filters: DonorFilters): void;
  filterDonations(filters: DonationFilters): void;
  sortDrives(sort: 'volume' | 'date'): void;
  turnPage(list: 'donors' | 'donations' | 'drives', page: number, pageSize: number): void;
  saved(volumeMl?: number): void;
}

const first = <F>(filters: F): Paged<F> => ({ filters, page: 1, pageSize: 20 });

export const useBloodView = create<BloodViewState>()((set) => ({
  tab: 'donors',
  donors: first({}),
  donations: first({}),
  drives: first({ sort: 'volume' }),
  revision: 0,
  lastVolumeMl: 400,
  setTab: (tab) => set({ tab }),
  filterDonors: (filters) => set((s) => ({ donors: { ...s.donors, filters, page: 1 } })),
  filterDonations: (filters) => set((s) => ({ donations: { ...s.donations, filters, page: 1 } })),
  sortDrives: (sort) => set((s) => ({ drives: { ...s.drives, filters: { sort }, page: 1 } })),
  turnPage: (list, page, pageSize) =>
    set((s) => ({ [list]: { ...s[list], page: pageSize === s[list].pageSize ? page : 1, pageSize } }) as Partial<BloodViewState>),
  saved: (volumeMl) => set((s) => ({ revision: s.revision + 1, lastVolumeMl: volumeMl ?? s.lastVolumeMl })),
}));
