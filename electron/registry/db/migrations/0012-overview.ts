// Indexes for the overview's figures: the dashboard and the periodic report count and sum by day
// over months and years of records, and each of these lets a count read one index range instead
// of every row of its table (at a million people a day-range over donations would otherwise
// fetch each row from the table: half a second for the dashboard's two years).
import type { Migration } from './types';

export const migration0012: Migration = {
  version: 12,
  name: 'overview',
  up(db) {
    db.exec(`
      -- Donations by day: counts, volumes and distinct donors of any period from the index alone.
      CREATE INDEX donation_by_day ON donation (date, outcome, volume_ml, units, person_id);
      -- The steps volunteers reached in a period. A volunteer can reach a step twice (back to
      -- "typed" when a patient's centre chooses another donor), so the count is of distinct
      -- enrollments, read from the index alone.
      CREATE INDEX enrollment_status_by_day ON enrollment_status (changed_on, status, enrollment_id);
      -- Consent forms signed in a period.
      CREATE INDEX enrollment_by_consent ON enrollment (consent_date);
      -- Withdrawn volunteers by the step they left from (the dashboard's pipeline funnel).
      CREATE INDEX enrollment_withdrawn_from ON enrollment (status, withdrawn_from);
      -- Pledges first registered in a period (a change keeps the registration date, so only the
      -- first version counts: previous_id IS NULL, then the range of days),
      CREATE INDEX pledge_first_registered ON pledge (previous_id, registered_on);
      -- and pledges revoked in a period or by a day.
      CREATE INDEX pledge_revoked ON pledge (revoked_on) WHERE revoked_on IS NOT NULL;
      -- Care-wristband participants who joined in a period.
      CREATE INDEX wristband_participant_joined ON wristband_participant (enrolled_on);
    `);
  },
};
