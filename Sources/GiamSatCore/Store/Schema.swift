import GRDB

/// All migrations, in order. Never edit a shipped migration: add a new one.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            // References are deferred so one import can write records in any order;
            // the importer checks them first to give a readable error.
            try db.execute(sql: """
                CREATE TABLE commune (
                  id INTEGER PRIMARY KEY CHECK (id = 1),
                  code TEXT NOT NULL, name TEXT NOT NULL, district TEXT NOT NULL, province TEXT NOT NULL);
                CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);

                CREATE TABLE locality (
                  id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, kind TEXT NOT NULL,
                  sort_key TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1);
                CREATE INDEX locality_by_sort ON locality(sort_key);

                CREATE TABLE official (
                  id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE,
                  family_name TEXT NOT NULL, middle_name TEXT NOT NULL, given_name TEXT NOT NULL,
                  gender TEXT, birth_year INTEGER, position TEXT NOT NULL, unit TEXT NOT NULL,
                  category TEXT NOT NULL, party_member INTEGER NOT NULL, party_cell TEXT NOT NULL,
                  residence TEXT REFERENCES locality(code) DEFERRABLE INITIALLY DEFERRED,
                  status TEXT NOT NULL, sort_key TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1);
                CREATE INDEX official_by_sort ON official(sort_key);
                CREATE INDEX official_by_category ON official(category, status);
                CREATE INDEX official_by_residence ON official(residence);

                CREATE TABLE plan (
                  id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, document_number TEXT NOT NULL,
                  issued_on TEXT, title TEXT NOT NULL, basis TEXT NOT NULL, year INTEGER NOT NULL,
                  type TEXT NOT NULL, form TEXT NOT NULL, team_decision TEXT NOT NULL, team_lead TEXT NOT NULL,
                  start_on TEXT, end_on TEXT, status TEXT NOT NULL, reported_on TEXT,
                  tally_on TEXT, -- start_on, else issued_on: the date that puts a plan in a period
                  version INTEGER NOT NULL DEFAULT 1);
                CREATE INDEX plan_by_year ON plan(year, code);
                CREATE INDEX plan_by_tally_date ON plan(tally_on);
                CREATE TABLE plan_content (
                  plan TEXT NOT NULL REFERENCES plan(code) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                  content TEXT NOT NULL, PRIMARY KEY (plan, content));
                CREATE TABLE plan_member (
                  plan TEXT NOT NULL REFERENCES plan(code) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                  position INTEGER NOT NULL, name TEXT NOT NULL, organization TEXT NOT NULL,
                  PRIMARY KEY (plan, position));
                CREATE TABLE plan_target (
                  plan TEXT NOT NULL REFERENCES plan(code) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                  position INTEGER NOT NULL, unit TEXT NOT NULL, PRIMARY KEY (plan, position));
                CREATE TABLE plan_supervised (
                  plan TEXT NOT NULL REFERENCES plan(code) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                  position INTEGER NOT NULL,
                  official TEXT NOT NULL REFERENCES official(code) DEFERRABLE INITIALLY DEFERRED,
                  findings TEXT NOT NULL, PRIMARY KEY (plan, official));
                CREATE INDEX plan_supervised_by_official ON plan_supervised(official);

                CREATE TABLE feedback (
                  id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, received_on TEXT NOT NULL,
                  channel TEXT NOT NULL, kind TEXT NOT NULL, anonymous INTEGER NOT NULL,
                  reporter_name TEXT, reporter_address TEXT, reporter_phone TEXT,
                  locality TEXT REFERENCES locality(code) DEFERRABLE INITIALLY DEFERRED,
                  content TEXT, summary TEXT NOT NULL, notes TEXT NOT NULL, due_on TEXT NOT NULL,
                  status TEXT NOT NULL, -- the last entry of the history, kept for lists and tallies
                  -- received day << 32 | id: newest-first order as one integer, and the search index's rowid,
                  -- so "newest matches first" walks the full-text index in order and stops after a page.
                  recency INTEGER NOT NULL DEFAULT 0,
                  is_open INTEGER NOT NULL DEFAULT 1, -- status not ended: the few records "overdue" looks among
                  version INTEGER NOT NULL DEFAULT 1);
                CREATE INDEX feedback_by_received ON feedback(received_on, code);
                CREATE INDEX feedback_by_recency ON feedback(recency);
                CREATE INDEX feedback_open_by_recency ON feedback(is_open, recency, due_on);
                CREATE INDEX feedback_by_status_due ON feedback(status, due_on);
                CREATE INDEX feedback_by_due ON feedback(due_on);
                CREATE TABLE feedback_official (
                  feedback TEXT NOT NULL REFERENCES feedback(code) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                  position INTEGER NOT NULL,
                  official TEXT NOT NULL REFERENCES official(code) DEFERRABLE INITIALLY DEFERRED,
                  PRIMARY KEY (feedback, official));
                CREATE INDEX feedback_official_by_official ON feedback_official(official);
                CREATE TABLE feedback_history (
                  feedback TEXT NOT NULL REFERENCES feedback(code) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                  seq INTEGER NOT NULL, status TEXT NOT NULL, on_date TEXT NOT NULL, by TEXT NOT NULL,
                  note TEXT NOT NULL, to_body TEXT NOT NULL, duplicate_of TEXT,
                  PRIMARY KEY (feedback, seq));

                CREATE TABLE recommendation (
                  id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, source TEXT, to_body TEXT NOT NULL,
                  sent_on TEXT NOT NULL, content TEXT NOT NULL, response TEXT NOT NULL,
                  outcome_official TEXT REFERENCES official(code) DEFERRABLE INITIALLY DEFERRED,
                  outcome_measure TEXT, outcome_decided_on TEXT, outcome_decided_by TEXT,
                  version INTEGER NOT NULL DEFAULT 1);
                CREATE INDEX recommendation_by_sent ON recommendation(sent_on, code);
                CREATE INDEX recommendation_by_decided ON recommendation(outcome_decided_on, outcome_measure);

                CREATE TABLE residence_review (
                  id INTEGER PRIMARY KEY, year INTEGER NOT NULL,
                  locality TEXT NOT NULL REFERENCES locality(code) DEFERRABLE INITIALLY DEFERRED,
                  official TEXT NOT NULL REFERENCES official(code) DEFERRABLE INITIALLY DEFERRED,
                  assessment TEXT NOT NULL, opinions TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
                  UNIQUE (year, official));
                CREATE INDEX residence_review_by_year ON residence_review(year, locality);

                CREATE TABLE audit (
                  id INTEGER PRIMARY KEY, at TEXT NOT NULL, by TEXT NOT NULL, entity TEXT NOT NULL,
                  code TEXT NOT NULL, field TEXT NOT NULL, old TEXT NOT NULL, new TEXT NOT NULL);
                CREATE INDEX audit_by_record ON audit(entity, code, id);
                """)
            // Folded text (no accents, đ→d, lower case) for search; rowid = the record's id
            // (for feedback, its `recency`).
            for table in ["official", "plan", "feedback", "recommendation"] {
                try db.execute(sql: "CREATE VIRTUAL TABLE \(table)_search USING fts5(text, tokenize = 'unicode61', prefix = '1 2 3')")
            }
        }
        migrator.registerMigration("v2") { db in
            // Prefix indexes for every length a Vietnamese syllable has (1–7 letters): FTS5 only uses a
            // prefix index whose length equals the typed word's; longer words walk every term they start
            // and merge the lists in memory (docs/performance.md, "Typing"). Each word is matched on its
            // own, never as a phrase, and nothing is ranked: no positions (`detail = none`) and no sizes
            // (`columnsize = 0`), a smaller index that is quicker to write and to read newest first.
            for table in ["official", "plan", "feedback", "recommendation"] {
                try db.execute(sql: """
                    CREATE VIRTUAL TABLE \(table)_search_v2 USING fts5(text, tokenize = 'unicode61', prefix = '\(searchPrefixes)',
                      detail = none, columnsize = 0);
                    INSERT INTO \(table)_search_v2(rowid, text) SELECT rowid, text FROM \(table)_search;
                    DROP TABLE \(table)_search;
                    ALTER TABLE \(table)_search_v2 RENAME TO \(table)_search;
                    """)
            }
            // The day of the last status step: on any later day the status is `status`, so a tally as of
            // a period's end reads the history only for records that changed after it. The tally index
            // covers every column the one pass reads, `code` included (the history lookup names it): without
            // it SQLite takes the smaller received_on index and reads each row from the table.
            try db.execute(sql: """
                ALTER TABLE feedback ADD COLUMN status_on TEXT;
                UPDATE feedback SET status_on =
                  (SELECT h.on_date FROM feedback_history h WHERE h.feedback = feedback.code ORDER BY h.seq DESC LIMIT 1);
                CREATE INDEX feedback_tally ON feedback(received_on, channel, kind, content, anonymous, status, status_on, due_on, code);
                """)
            // The officials' names as lists show them ("Giàng A Dình, Lò Văn Sơn"), kept by the store with the row,
            // so a list of ten thousand rows reads one table (docs/performance.md, "Lists").
            try db.execute(sql: """
                ALTER TABLE feedback ADD COLUMN official_names TEXT NOT NULL DEFAULT '';
                UPDATE feedback SET official_names = IFNULL((SELECT group_concat(name, ', ') FROM (
                  SELECT IFNULL(o.family_name || ' ' || CASE o.middle_name WHEN '' THEN '' ELSE o.middle_name || ' ' END
                                || o.given_name, fo.official) AS name
                  FROM feedback_official fo LEFT JOIN official o ON o.code = fo.official
                  WHERE fo.feedback = feedback.code ORDER BY fo.position)), '');
                """)
        }
        // Officials: the "exempt from residence activities" flag (QĐ 213) and archiving (archived officials leave
        // lists and pickers, and stay in history and tallies). The active list pages along (archived, sort_key);
        // the official's page finds what concerns them through indexes (docs/ARCHITECTURE.md, "Officials and settings").
        migrator.registerMigration("v3-officials-archive") { db in
            try db.execute(sql: """
                ALTER TABLE official ADD COLUMN exempt_from_residence INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE official ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
                CREATE INDEX official_by_archived_sort ON official(archived, sort_key, code);
                CREATE INDEX official_by_unit ON official(unit);
                -- The official's page: their outcomes, the recommendations from their plans and records, their reviews.
                CREATE INDEX recommendation_by_official ON recommendation(outcome_official);
                CREATE INDEX recommendation_by_source ON recommendation(source);
                CREATE INDEX residence_review_by_official ON residence_review(official, year);
                """)
        }
        // Links between records (issue 9): feedback → the plan it belongs to; a recommendation's outcomes as rows
        // of their own (one recommendation may lead to several decisions), moved out of the v1 columns; the
        // day a recommendation was answered. Guarded so it runs once whatever else was added before it.
        migrator.registerMigration("v4-plan-links") { db in
            let feedbackColumns = try db.columns(in: "feedback").map(\.name)
            if !feedbackColumns.contains("plan") {
                try db.execute(sql: "ALTER TABLE feedback ADD COLUMN plan TEXT REFERENCES plan(code) DEFERRABLE INITIALLY DEFERRED")
            }
            if try !db.columns(in: "recommendation").map(\.name).contains("responded_on") {
                try db.execute(sql: "ALTER TABLE recommendation ADD COLUMN responded_on TEXT")
            }
            try db.execute(sql: """
                CREATE INDEX IF NOT EXISTS feedback_by_plan ON feedback(plan);
                CREATE INDEX IF NOT EXISTS recommendation_by_source ON recommendation(source);
                CREATE TABLE recommendation_outcome (
                  recommendation TEXT NOT NULL REFERENCES recommendation(code) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                  position INTEGER NOT NULL,
                  official TEXT NOT NULL REFERENCES official(code) DEFERRABLE INITIALLY DEFERRED,
                  measure TEXT NOT NULL, decided_on TEXT, decided_by TEXT NOT NULL,
                  PRIMARY KEY (recommendation, position));
                CREATE INDEX recommendation_outcome_by_decided ON recommendation_outcome(decided_on, measure);
                CREATE INDEX recommendation_outcome_by_official ON recommendation_outcome(official);
                INSERT INTO recommendation_outcome(recommendation, position, official, measure, decided_on, decided_by)
                  SELECT code, 0, outcome_official, outcome_measure, outcome_decided_on, COALESCE(outcome_decided_by, '')
                  FROM recommendation WHERE outcome_official IS NOT NULL AND outcome_measure IS NOT NULL;
                UPDATE recommendation SET outcome_official = NULL, outcome_measure = NULL, outcome_decided_on = NULL,
                  outcome_decided_by = NULL;
                """)
        }
        // Merged communes (issue 12): the former communes whose records this commune carries, and where each merged
        // record came from. Provenance lives in one table beside the records, not in their columns: a record's own
        // fields (and the forms that edit them) stay as they were, and one official joined from two former communes
        // simply has two origins. (entity, former_unit, former_code) is what makes a second merge of the same file
        // find every record it already brought in (docs/formats.md, "Merging former communes").
        migrator.registerMigration("v5-former-units") { db in
            try db.execute(sql: """
                CREATE TABLE former_unit (
                  code TEXT PRIMARY KEY, name TEXT NOT NULL, district TEXT NOT NULL DEFAULT '',
                  merged_on TEXT, resolution TEXT NOT NULL DEFAULT '', sort_key TEXT NOT NULL DEFAULT '');
                CREATE TABLE record_origin (
                  entity TEXT NOT NULL,
                  former_unit TEXT NOT NULL REFERENCES former_unit(code) DEFERRABLE INITIALLY DEFERRED,
                  former_code TEXT NOT NULL,
                  code TEXT NOT NULL,          -- the record's code in this commune (the same as former_code unless remapped)
                  former_name TEXT NOT NULL DEFAULT '', -- a locality's name in its former commune
                  PRIMARY KEY (entity, former_unit, former_code));
                CREATE INDEX record_origin_by_code ON record_origin(entity, code);
                CREATE INDEX record_origin_by_unit ON record_origin(entity, former_unit, code);
                CREATE INDEX record_origin_by_former_code ON record_origin(former_code);
                """)
        }
        AppDatabase.registerMigrations(&migrator)
        // Void (issue 17): a record entered by mistake leaves lists, pickers and tallies but keeps its code (never
        // reused) and its history. Like record_origin, the mark sits beside the records, so no record's columns, form
        // or save change; a plan is voided through its own `huy` status as well, whose previous status is kept here
        // for the restore. Lists and tallies look at it only when it holds a row of their kind.
        migrator.registerMigration("v6-void") { db in
            try db.execute(sql: """
                CREATE TABLE voided (
                  entity TEXT NOT NULL, code TEXT NOT NULL, reason TEXT NOT NULL,
                  voided_on TEXT NOT NULL, voided_by TEXT NOT NULL,
                  previous_status TEXT, -- a plan's status before it became `huy`
                  PRIMARY KEY (entity, code));
                """)
        }
        AppDatabase.registerOutcomeTracksMigration(&migrator)
        AppDatabase.registerMeetingMigration(&migrator)
        AppDatabase.registerMeetingVoidMigration(&migrator)
        AppDatabase.registerLocalityOrderMigration(&migrator)
        AppDatabase.registerClocksMigration(&migrator)
        AppDatabase.registerDuplicatesMigration(&migrator)
        AppDatabase.registerAttachmentMigration(&migrator)
        return migrator
    }

    /// Lengths of the full-text prefix indexes.
    static let searchPrefixes = "1 2 3 4 5 6 7"
}
