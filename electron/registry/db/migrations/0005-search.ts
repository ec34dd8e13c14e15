// The search index (see registry/search/): every kind of query the one search box takes is an
// index lookup, even at a million people. Triggers keep it, in the same transaction as the
// write, so no code path that writes a person (form, merge, import, demo) can forget it; the
// pinyin and number-key functions they call are registered on every connection (db/functions.ts).
import type { Migration } from './types';

// Every 1- and 2-character substring of a name, with how it sits in the name: 0 the whole
// name, 1 its start, 2 inside. Short queries are lookups here: the trigram index cannot take
// them, and a LIKE over the name index walks far before it finds a rare character. The same
// rows, worked out again from the old name, are what a change or a delete removes: primary-key
// lookups, with no second index by person to keep on every insert.
const gramsOf = (id: string, name: string): string => `
  WITH RECURSIVE pos(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM pos WHERE n < length(${name}))
  SELECT gram, min(rank), ${id} FROM (
    SELECT substr(${name}, n, 1) AS gram, CASE WHEN length(${name}) = 1 THEN 0 WHEN n = 1 THEN 1 ELSE 2 END AS rank FROM pos
    UNION ALL
    SELECT substr(${name}, n, 2), CASE WHEN length(${name}) = 2 THEN 0 WHEN n = 1 THEN 1 ELSE 2 END FROM pos WHERE n < length(${name})
  ) GROUP BY gram`;

// Document number and phones as number keys (search/keys.ts: reversed, letters and digits only),
// so "ends with 1234" is a range scan on "4321…".
// Rebuilt whole for one person whenever any of them changes: a number can be both the mobile
// and another phone, and it stays findable while either holds it.
const numbersOf = (id: string): string => `
  DELETE FROM search_number WHERE person_id = ${id};
  INSERT OR IGNORE INTO search_number (rev, person_id)
    SELECT number_key(v), ${id} FROM (
      SELECT doc_number AS v FROM person WHERE id = ${id}
      UNION ALL SELECT mobile FROM person WHERE id = ${id}
      UNION ALL SELECT phone FROM person_phone WHERE person_id = ${id} AND EXISTS (SELECT 1 FROM person WHERE id = ${id})
    ) WHERE number_key(v) <> '';`;

export const migration0005: Migration = {
  version: 5,
  name: 'search',
  up(db) {
    db.exec(`
      CREATE TABLE search_gram (
        gram      TEXT NOT NULL,
        rank      INTEGER NOT NULL,
        person_id INTEGER NOT NULL,
        PRIMARY KEY (gram, rank, person_id DESC)
      ) WITHOUT ROWID;
      -- How many names hold each gram: the total of a one-character search is one lookup, where
      -- counting the index range would step through 130,000 entries for 陈 at a million people.
      CREATE TABLE search_gram_count (
        gram TEXT PRIMARY KEY,
        n    INTEGER NOT NULL CHECK (n >= 0)
      ) WITHOUT ROWID;
      CREATE TRIGGER search_gram_counted AFTER INSERT ON search_gram BEGIN
        INSERT INTO search_gram_count (gram, n) VALUES (NEW.gram, 1) ON CONFLICT (gram) DO UPDATE SET n = n + 1;
      END;
      CREATE TRIGGER search_gram_uncounted AFTER DELETE ON search_gram BEGIN
        UPDATE search_gram_count SET n = n - 1 WHERE gram = OLD.gram;
      END;

      CREATE TABLE search_pinyin (
        person_id INTEGER PRIMARY KEY,
        full      TEXT NOT NULL,
        initials  TEXT NOT NULL
      );
      CREATE INDEX search_pinyin_initials ON search_pinyin (initials, person_id DESC);
      -- initials ride along so that the full-pinyin part of a query can skip, without a table
      -- lookup, the people its initials part already returned.
      CREATE INDEX search_pinyin_full ON search_pinyin (full, person_id DESC, initials);
      -- How many names start with each letter: the first letter typed would otherwise count a
      -- seventh of the registry (l: 140,000 at a million people) before showing anything.
      CREATE TABLE search_letter_count (
        letter TEXT PRIMARY KEY,
        n      INTEGER NOT NULL CHECK (n >= 0)
      ) WITHOUT ROWID;
      CREATE TRIGGER search_pinyin_counted AFTER INSERT ON search_pinyin BEGIN
        INSERT INTO search_letter_count (letter, n) VALUES (substr(NEW.initials, 1, 1), 1) ON CONFLICT (letter) DO UPDATE SET n = n + 1;
      END;
      CREATE TRIGGER search_pinyin_recounted AFTER UPDATE OF initials ON search_pinyin BEGIN
        UPDATE search_letter_count SET n = n - 1 WHERE letter = substr(OLD.initials, 1, 1);
        INSERT INTO search_letter_count (letter, n) VALUES (substr(NEW.initials, 1, 1), 1) ON CONFLICT (letter) DO UPDATE SET n = n + 1;
      END;
      CREATE TRIGGER search_pinyin_uncounted AFTER DELETE ON search_pinyin BEGIN
        UPDATE search_letter_count SET n = n - 1 WHERE letter = substr(OLD.initials, 1, 1);
      END;

      CREATE TABLE search_number (
        rev       TEXT NOT NULL,
        person_id INTEGER NOT NULL,
        PRIMARY KEY (rev, person_id)
      ) WITHOUT ROWID;
      CREATE INDEX search_number_person ON search_number (person_id);

      -- Substrings of 3+ characters in names, addresses and notes; reads person's own columns.
      CREATE VIRTUAL TABLE search_text USING fts5(
        name, address, notes, content = 'person', content_rowid = 'id', tokenize = 'trigram'
      );

      CREATE TRIGGER person_search_insert AFTER INSERT ON person BEGIN
        INSERT INTO search_gram (gram, rank, person_id) ${gramsOf('NEW.id', 'NEW.name')};
        INSERT INTO search_pinyin (person_id, full, initials) VALUES (NEW.id, pinyin_full(NEW.name), pinyin_initials(NEW.name));
        ${numbersOf('NEW.id')}
        INSERT INTO search_text (rowid, name, address, notes) VALUES (NEW.id, NEW.name, NEW.address, NEW.notes);
      END;

      CREATE TRIGGER person_search_name AFTER UPDATE OF name ON person WHEN OLD.name IS NOT NEW.name BEGIN
        DELETE FROM search_gram WHERE (gram, rank, person_id) IN (${gramsOf('OLD.id', 'OLD.name')});
        INSERT INTO search_gram (gram, rank, person_id) ${gramsOf('NEW.id', 'NEW.name')};
        UPDATE search_pinyin SET full = pinyin_full(NEW.name), initials = pinyin_initials(NEW.name) WHERE person_id = NEW.id;
      END;

      CREATE TRIGGER person_search_text AFTER UPDATE OF name, address, notes ON person
      WHEN OLD.name IS NOT NEW.name OR OLD.address IS NOT NEW.address OR OLD.notes IS NOT NEW.notes BEGIN
        INSERT INTO search_text (search_text, rowid, name, address, notes) VALUES ('delete', OLD.id, OLD.name, OLD.address, OLD.notes);
        INSERT INTO search_text (rowid, name, address, notes) VALUES (NEW.id, NEW.name, NEW.address, NEW.notes);
      END;

      CREATE TRIGGER person_search_numbers AFTER UPDATE OF doc_number, mobile ON person
      WHEN OLD.doc_number IS NOT NEW.doc_number OR OLD.mobile IS NOT NEW.mobile BEGIN
        ${numbersOf('NEW.id')}
      END;

      CREATE TRIGGER person_search_delete AFTER DELETE ON person BEGIN
        DELETE FROM search_gram WHERE (gram, rank, person_id) IN (${gramsOf('OLD.id', 'OLD.name')});
        DELETE FROM search_pinyin WHERE person_id = OLD.id;
        DELETE FROM search_number WHERE person_id = OLD.id;
        INSERT INTO search_text (search_text, rowid, name, address, notes) VALUES ('delete', OLD.id, OLD.name, OLD.address, OLD.notes);
      END;

      CREATE TRIGGER person_phone_search_insert AFTER INSERT ON person_phone BEGIN
        ${numbersOf('NEW.person_id')}
      END;
      -- A merge moves phones from one person to the other: both people's keys change.
      CREATE TRIGGER person_phone_search_update AFTER UPDATE ON person_phone BEGIN
        ${numbersOf('OLD.person_id')}
        ${numbersOf('NEW.person_id')}
      END;
      CREATE TRIGGER person_phone_search_delete AFTER DELETE ON person_phone BEGIN
        ${numbersOf('OLD.person_id')}
      END;
    `);
    // The people already registered, the same way as the triggers do it one by one.
    const ids = db.prepare('SELECT id FROM person').pluck().all() as number[];
    const gramsOfPerson = db.prepare(`INSERT INTO search_gram (gram, rank, person_id) ${gramsOf('@id', '(SELECT name FROM person WHERE id = @id)')}`);
    for (const id of ids) gramsOfPerson.run({ id });
    db.exec(`
      INSERT INTO search_pinyin (person_id, full, initials) SELECT id, pinyin_full(name), pinyin_initials(name) FROM person;
      INSERT OR IGNORE INTO search_number (rev, person_id)
        SELECT number_key(v), id FROM (
          SELECT id, doc_number AS v FROM person
          UNION ALL SELECT id, mobile FROM person
          UNION ALL SELECT person_id, phone FROM person_phone
        ) WHERE number_key(v) <> '';
      INSERT INTO search_text (search_text) VALUES ('rebuild');
    `);
  },
};
