// Counts per program for `stats` and the overview. Each program adds its own count here.
import type { Database } from 'better-sqlite3';
import type { RegistryStats } from '../contract/system';
import { countPeople } from './people/repository';

export function registryStats(db: Database): RegistryStats {
  return { people: countPeople(db) };
}
