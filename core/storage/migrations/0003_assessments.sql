-- Schema version 3: ability assessments (GB/T 42195-2022).

CREATE TABLE assessments (
    uid                TEXT PRIMARY KEY,
    resident_uid       TEXT NOT NULL REFERENCES residents (uid),
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
    risk_events        INTEGER NOT NULL DEFAULT 0 CHECK (risk_events >= 0),      -- logged incidents + self-harm, 30 days
    self_harm_events   INTEGER NOT NULL DEFAULT 0 CHECK (self_harm_events >= 0 AND self_harm_events <= risk_events),
    coma               INTEGER NOT NULL DEFAULT 0 CHECK (coma IN (0, 1)),
    item_scores        TEXT,          -- JSON object: item code → score, the 26 items as entered
    note               TEXT NOT NULL DEFAULT '',
    assessor           TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    change_seq         INTEGER NOT NULL,
    deleted            INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (coma = 0 OR level = 4)
);
CREATE INDEX assessments_by_resident ON assessments (resident_uid, assessed_on);
CREATE INDEX assessments_by_change ON assessments (change_seq);
CREATE INDEX assessments_by_date ON assessments (assessed_on, change_seq); -- the recent list, newest first

-- A resident's care level is their latest assessment's final level (latest date; on the same
-- date the later entry).
CREATE VIEW resident_care_levels AS
SELECT a.resident_uid AS resident_uid, a.level AS level, a.assessed_on AS assessed_on, a.uid AS assessment_uid
FROM assessments a
WHERE a.deleted = 0
  AND NOT EXISTS (SELECT 1 FROM assessments b
                  WHERE b.resident_uid = a.resident_uid AND b.deleted = 0
                    AND (b.assessed_on > a.assessed_on OR (b.assessed_on = a.assessed_on AND b.change_seq > a.change_seq)));
