-- Schema version 12: the assessment module assesses family-bed elders too (issue 12: "care level
-- from an assessment with the same GB/T 42195 form the residents use"). An assessment is about a
-- resident or a family bed (subject_kind), naming exactly that one; existing rows are residents'.
--
-- resident_uid loses NOT NULL, which SQLite cannot alter in place (PostgreSQL: ALTER COLUMN
-- resident_uid DROP NOT NULL, ADD COLUMN subject_kind …, ADD COLUMN family_bed_uid …, ADD CHECK):
-- the rows are kept aside, the table is made again with the same columns and checks and the rows
-- go back unchanged (uids, stamps and change sequence included). Nothing references assessments;
-- its indexes and its two record-rule triggers (0007) go with the old table and are made again
-- below. The rule views (record_stamps, rule_date_values, record_rule_violations) read the table by
-- name and its columns are all still there, so they keep working as they are.
CREATE TEMP TABLE assessments_kept AS SELECT * FROM assessments;

DROP VIEW resident_care_levels;
DROP TABLE assessments;

CREATE TABLE assessments (
    uid                TEXT PRIMARY KEY,
    subject_kind       TEXT NOT NULL DEFAULT 'RESIDENT' CHECK (subject_kind IN ('RESIDENT', 'FAMILY_BED')),
    resident_uid       TEXT REFERENCES residents (uid),
    family_bed_uid     TEXT REFERENCES family_beds (uid),
    assessed_on        TEXT NOT NULL CHECK (assessed_on LIKE '____-__-__'),
    reason             TEXT NOT NULL CHECK (reason IN ('FIRST', 'ROUTINE', 'CHANGE', 'REVIEW', 'OTHER')),
    self_care          INTEGER CHECK (self_care BETWEEN 0 AND 32),
    mobility           INTEGER CHECK (mobility BETWEEN 0 AND 15),
    mental             INTEGER CHECK (mental BETWEEN 0 AND 28),
    perception_social  INTEGER CHECK (perception_social BETWEEN 0 AND 15),
    total              INTEGER NOT NULL CHECK (total BETWEEN 0 AND 90),
    preliminary_level  INTEGER NOT NULL CHECK (preliminary_level BETWEEN 0 AND 4),
    level              INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4 AND level >= preliminary_level),
    dementia           INTEGER NOT NULL DEFAULT 0 CHECK (dementia IN (0, 1)),
    psychiatric        INTEGER NOT NULL DEFAULT 0 CHECK (psychiatric IN (0, 1)),
    risk_events        INTEGER NOT NULL DEFAULT 0 CHECK (risk_events >= 0),      -- logged or reported + self-harm, 30 days
    self_harm_events   INTEGER NOT NULL DEFAULT 0 CHECK (self_harm_events >= 0 AND self_harm_events <= risk_events),
    coma               INTEGER NOT NULL DEFAULT 0 CHECK (coma IN (0, 1)),
    item_scores        TEXT,          -- JSON object: item code → score, the 26 items as entered
    note               TEXT NOT NULL DEFAULT '',
    assessor           TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    change_seq         INTEGER NOT NULL,
    deleted            INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (coma = 0 OR level = 4),
    CHECK (subject_kind = 'RESIDENT' AND resident_uid IS NOT NULL AND family_bed_uid IS NULL
           OR subject_kind = 'FAMILY_BED' AND family_bed_uid IS NOT NULL AND resident_uid IS NULL)
);

INSERT INTO assessments (uid, subject_kind, resident_uid, family_bed_uid, assessed_on, reason, self_care, mobility,
                         mental, perception_social, total, preliminary_level, level, dementia, psychiatric,
                         risk_events, self_harm_events, coma, item_scores, note, assessor, created_at, updated_at,
                         change_seq, deleted)
SELECT uid, 'RESIDENT', resident_uid, NULL, assessed_on, reason, self_care, mobility,
       mental, perception_social, total, preliminary_level, level, dementia, psychiatric,
       risk_events, self_harm_events, coma, item_scores, note, assessor, created_at, updated_at,
       change_seq, deleted
FROM assessments_kept;
DROP TABLE assessments_kept;

CREATE INDEX assessments_by_resident ON assessments (resident_uid, assessed_on);
CREATE INDEX assessments_by_family_bed ON assessments (family_bed_uid, assessed_on);
CREATE INDEX assessments_by_change ON assessments (change_seq);
CREATE INDEX assessments_by_date ON assessments (assessed_on, change_seq); -- the recent list, newest first

-- A resident's care level is their latest assessment's final level (latest date; on the same
-- date the later entry), as in 0003; a family bed's the same way.
CREATE VIEW resident_care_levels AS
SELECT a.resident_uid AS resident_uid, a.level AS level, a.assessed_on AS assessed_on, a.uid AS assessment_uid
FROM assessments a
WHERE a.deleted = 0 AND a.subject_kind = 'RESIDENT'
  AND NOT EXISTS (SELECT 1 FROM assessments b
                  WHERE b.resident_uid = a.resident_uid AND b.deleted = 0
                    AND (b.assessed_on > a.assessed_on OR (b.assessed_on = a.assessed_on AND b.change_seq > a.change_seq)));

CREATE VIEW family_bed_care_levels AS
SELECT a.family_bed_uid AS family_bed_uid, a.level AS level, a.assessed_on AS assessed_on, a.uid AS assessment_uid,
       a.assessor AS assessor
FROM assessments a
WHERE a.deleted = 0 AND a.subject_kind = 'FAMILY_BED'
  AND NOT EXISTS (SELECT 1 FROM assessments b
                  WHERE b.family_bed_uid = a.family_bed_uid AND b.deleted = 0
                    AND (b.assessed_on > a.assessed_on OR (b.assessed_on = a.assessed_on AND b.change_seq > a.change_seq)));

-- The record-rule triggers of 0007, as they were.
CREATE TRIGGER assessments_keep_rules_on_insert AFTER INSERT ON assessments BEGIN
    SELECT RAISE(ABORT, 'assessments: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'assessments' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER assessments_keep_rules_on_update AFTER UPDATE ON assessments BEGIN
    SELECT RAISE(ABORT, 'assessments: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'assessments' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
