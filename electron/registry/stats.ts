// Counts per program for `stats` and the overview. Each program adds its own count here.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { RegistryStats } from '../contract/system';
import { countDonors } from './blood/donors';
import { countActivePledges } from './organ/repository';
import { countPeople } from './people/repository';
import { countActiveEnrollments } from './stemcell/repository';

export function registryStats(db: Database): RegistryStats {
  return { people: countPeople(db), bloodDonors: countDonors(db), stemcellVolunteers: countActiveEnrollments(db), activePledges: countActivePledges(db) };
}
