// Organ, cornea and body pledges. Each row is one version of a pledge: a change marks the version
// in force 'changed' and adds the next (previous_id points back), so the history keeps what was
// pledged when. Family consents and witnesses belong to a version and are copied with it.
import type { Migration } from './types';

const DATE = `GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'`;
const FLAG = (column: string) => `${column} INTEGER NOT NULL CHECK (${column} IN (0, 1))`;

export const migration0008: Migration = {
  version: 8,
  name: 'organ',
  up(db) {
    db.exec(`
      CREATE TABLE pledge (
        id                 INTEGER PRIMARY KEY,
        person_id          INTEGER NOT NULL REFERENCES person (id),
        previous_id        INTEGER UNIQUE REFERENCES pledge (id),
        status             TEXT NOT NULL CHECK (status IN ('active', 'changed', 'revoked')),
        ${FLAG('organs')},
        -- The organs named, as a JSON array of codes; empty means every organ.
        organ_list         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(organ_list) AND json_type(organ_list) = 'array'),
        ${FLAG('tissues')},
        ${FLAG('corneas')},
        ${FLAG('body')},
        card_number        TEXT NOT NULL CHECK (length(card_number) BETWEEN 4 AND 30),
        registered_on      TEXT NOT NULL CHECK (registered_on ${DATE}),
        effective_on       TEXT NOT NULL CHECK (effective_on ${DATE} AND effective_on >= registered_on),
        executor_name      TEXT,
        executor_relation  TEXT CHECK (executor_relation IN ('spouse', 'adult_child', 'parent', 'sibling', 'relative', 'friend', 'other')),
        executor_phone     TEXT,
        revoked_on         TEXT CHECK (revoked_on ${DATE} AND revoked_on >= effective_on),
        revocation_reason  TEXT,
        notes              TEXT,
        recorded_at        TEXT NOT NULL,
        recorded_by        TEXT NOT NULL,
        CHECK (organs + tissues + corneas + body >= 1),
        -- A body pledge names the executor who notifies the Red Cross; other pledges name none.
        CHECK ((body = 1) = (executor_name IS NOT NULL AND executor_relation IS NOT NULL AND executor_phone IS NOT NULL)),
        CHECK (body = 1 OR (executor_name IS NULL AND executor_relation IS NULL AND executor_phone IS NULL)),
        CHECK ((status = 'revoked') = (revoked_on IS NOT NULL))
      ) STRICT;
      -- At most one pledge in force per person.
      CREATE UNIQUE INDEX pledge_active_person ON pledge (person_id) WHERE status = 'active';
      -- A card stays with its pledge through changes; a revoked pledge keeps its number.
      CREATE UNIQUE INDEX pledge_card ON pledge (card_number) WHERE status != 'changed';
      CREATE INDEX pledge_person ON pledge (person_id, id);
      CREATE INDEX pledge_by_status ON pledge (status, effective_on, id);

      CREATE TABLE pledge_family_consent (
        pledge_id     INTEGER NOT NULL REFERENCES pledge (id),
        position      INTEGER NOT NULL,
        name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
        relation      TEXT NOT NULL CHECK (relation IN ('spouse', 'adult_child', 'parent')),
        consented_on  TEXT NOT NULL CHECK (consented_on ${DATE}),
        PRIMARY KEY (pledge_id, position)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE pledge_witness (
        pledge_id  INTEGER NOT NULL REFERENCES pledge (id),
        position   INTEGER NOT NULL,
        name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
        phone      TEXT NOT NULL,
        PRIMARY KEY (pledge_id, position)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
