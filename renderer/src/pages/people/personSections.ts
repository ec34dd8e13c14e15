// What each program shows on a person's record. A program adds one entry here (its own
// component in its own folder); the record drawer renders them in this order below the basics.
import type { ComponentType } from 'react';
import { BloodPersonSection } from '../blood/BloodPersonSection';
import { OrganSection } from '../organ/OrganSection';
import { StemcellSection } from '../stemcell/StemcellSection';

export interface PersonSectionProps {
  readonly personId: number;
}

export interface PersonSection {
  readonly key: string;
  readonly Section: ComponentType<PersonSectionProps>;
}

export const PERSON_SECTIONS: readonly PersonSection[] = [
  { key: 'blood', Section: BloodPersonSection },
  { key: 'stemcell', Section: StemcellSection },
  { key: 'organ', Section: OrganSection },
];
