// The programs' demo seeders, in the order they run (each sees the people of one batch; see
// types.ts). A program without a seeder is simply absent from the list.
import { seedBlood } from '../blood/demo';
import { seedPledges } from '../organ/demo';
import { seedStemcell } from '../stemcell/demo';
import type { Seeder } from './types';
import { seedWristband } from './wristband';

export const PROGRAM_SEEDERS: readonly (readonly [string, Seeder])[] = [
  ['blood', seedBlood],
  ['stemcell', seedStemcell],
  ['organ', seedPledges],
  ['wristband', seedWristband],
];
