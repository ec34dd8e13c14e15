// The rule table's English texts.
import type { Catalogue } from '../zh-CN';
import type { zhCNRules } from '../zh-CN/rules';

export const enRules: Pick<Catalogue, keyof typeof zhCNRules> = {
  rules: {
    title: 'Rules and standards',
    intro: 'Donation intervals, ages and honour thresholds are kept in versions by the date they take effect. An edit adds a version; records dated earlier are still checked against the rule of their day.',
    value: 'In force',
    effectiveFrom: 'Effective from',
    source: 'Source',
    shipped: 'Shipped default',
    since: 'from {{date}}',
    history: 'History ({{count}})',
    edit: 'Edit',
    yes: 'Yes',
    no: 'No',
    note: 'Note',
    by: 'Entered by {{who}}, {{at}}',
    form: {
      title: 'Edit: {{label}}',
      effectiveFrom: 'Effective from',
      source: 'Source',
      sourcePlaceholder: 'Title and number of the notice',
      sourceRequired: 'Please give the source',
      note: 'Note',
      add: 'Add',
      valueRequired: 'Required',
      confirmTitle: 'Save a new version?',
      confirmBody: 'The new value applies from {{date}}; earlier dates keep the old one.',
      saved: 'New version saved',
    },
    catalogue: {
      blood: {
        age: { label: 'Donor age', fields: { min: 'Minimum age', max: 'Maximum age, first donation', repeatDonorMax: 'Maximum age, repeat donors' } },
        intervals: {
          label: 'Donation intervals',
          fields: {
            wholeToWholeDays: 'Whole blood → whole blood (days)',
            wholeToPlateletsDays: 'Whole blood → platelets (days)',
            plateletsToWholeDays: 'Platelets → whole blood (days)',
            plateletsToPlateletsDays: 'Platelets → platelets (days)',
            plateletsToPlateletsApprovedDays: 'Platelets → platelets with approval (days)',
          },
        },
        platelets: {
          label: 'Apheresis platelets',
          fields: { minUnitsPerDonation: 'Minimum units per donation', maxUnitsPerDonation: 'Maximum units per donation', maxDonationsPerYear: 'Maximum donations per year' },
        },
        wholeBloodVolumes: { label: 'Whole-blood volumes', unit: 'ml' },
        honourCounting: { label: 'Counting for honours', fields: { wholeBloodMlPerCount: 'Whole blood: ml per count', countsPerPlateletUnit: 'Platelets: counts per unit' } },
        nationalHonours: {
          label: 'National donation award thresholds (counts)',
          fields: { bronze: 'Bronze', silver: 'Silver', gold: 'Gold', lifetime: 'Lifetime honour (estimate)' },
        },
        provincialHonour: { label: 'Provincial donation award', fields: { enabled: 'Awarded in this province', count: 'Counts' } },
      },
      cmdp: {
        age: { label: 'Stem-cell volunteer age', fields: { min: 'Minimum age', max: 'Maximum age' } },
        coolingOff: { label: 'Cooling-off period', fields: { enabled: 'On', days: 'Days' } },
        priorBloodDonations: { label: 'Blood donations required before joining', fields: { enabled: 'On', count: 'Donations' } },
      },
      organ: {
        minAge: { label: 'Minimum age to pledge', unit: 'years' },
      },
    },
  },
};
