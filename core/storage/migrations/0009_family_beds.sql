-- Schema version 9: family care beds (家庭养老床位), their service agreements and home visits
-- (issue 12). Field rules: county-csv-spec.md (family_beds, home_visits).

-- An elder cared for at home under an agreement with the center. The address is kept in its parts
-- (the county file joins them); special_reasons holds codes joined by ";" (ALONE, EMPTY_NEST …).
-- The care level comes from an assessment or is entered with its date and where it came from.
CREATE TABLE family_beds (
    uid                TEXT PRIMARY KEY,
    name               TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
    name_pinyin        TEXT NOT NULL DEFAULT '',
    name_search        TEXT NOT NULL DEFAULT '',
    id_number          TEXT NOT NULL CHECK (length(id_number) = 18),
    gender             INTEGER NOT NULL CHECK (gender IN (1, 2)),
    birth_date         TEXT NOT NULL,
    category           TEXT NOT NULL CHECK (category IN ('TK', 'DB', 'DBBY', 'SH')),
    county             TEXT NOT NULL DEFAULT '',
    township           TEXT NOT NULL DEFAULT '',
    village            TEXT NOT NULL DEFAULT '',
    street_address     TEXT NOT NULL DEFAULT '',
    phone              TEXT,
    emergency_contact  TEXT,
    emergency_phone    TEXT,
    special_difficulty INTEGER NOT NULL DEFAULT 0 CHECK (special_difficulty IN (0, 1)),
    special_reasons    TEXT NOT NULL DEFAULT '',
    care_level         INTEGER CHECK (care_level IS NULL OR care_level BETWEEN 0 AND 4),
    care_level_on      TEXT,
    care_level_source  TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    change_seq         INTEGER NOT NULL,
    deleted            INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (special_difficulty = 1 OR special_reasons = ''),
    CHECK ((care_level IS NULL) = (care_level_on IS NULL))
);
CREATE UNIQUE INDEX family_beds_unique_id_number ON family_beds (id_number) WHERE deleted = 0;
CREATE INDEX family_beds_by_pinyin ON family_beds (name_pinyin);
CREATE INDEX family_beds_by_change ON family_beds (change_seq);

-- The service agreement (服务协议): its state comes from the dates (upcoming, active, ended).
-- ends_on is the agreed last day (NULL: open-ended); ended_on the day it actually ended when it
-- was ended early, with the reason. A renewal is a new agreement naming the one it renews.
CREATE TABLE family_bed_agreements (
    uid              TEXT PRIMARY KEY,
    family_bed_uid   TEXT NOT NULL REFERENCES family_beds (uid),
    starts_on        TEXT NOT NULL,
    ends_on          TEXT,
    planned_visits   INTEGER NOT NULL CHECK (planned_visits BETWEEN 1 AND 31),
    services         TEXT NOT NULL CHECK (length(services) > 0),
    staff_uid        TEXT REFERENCES staff (uid),
    home_adaptation  INTEGER NOT NULL DEFAULT 0 CHECK (home_adaptation IN (0, 1)),
    ended_on         TEXT,
    end_reason       TEXT,
    renews_uid       TEXT REFERENCES family_bed_agreements (uid),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    change_seq       INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (ends_on IS NULL OR ends_on >= starts_on),
    CHECK (ended_on IS NULL OR (ended_on >= starts_on AND length(coalesce(end_reason, '')) > 0))
);
CREATE INDEX family_bed_agreements_by_bed ON family_bed_agreements (family_bed_uid, starts_on);
CREATE INDEX family_bed_agreements_by_change ON family_bed_agreements (change_seq);

-- A home visit (上门服务/探访): services are codes joined by ";" (MEAL, BATH … at least one);
-- a correction changes the record in place and says why (the audit log keeps the old values).
CREATE TABLE home_visits (
    uid               TEXT PRIMARY KEY,
    family_bed_uid    TEXT NOT NULL REFERENCES family_beds (uid),
    staff_uid         TEXT NOT NULL REFERENCES staff (uid),
    visited_on        TEXT NOT NULL,
    started_at        TEXT,
    minutes           INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 720),
    method            TEXT NOT NULL DEFAULT 'HOME' CHECK (method IN ('HOME', 'PHONE', 'VIDEO')),
    services          TEXT NOT NULL CHECK (length(services) > 0),
    problems          TEXT,
    actions           TEXT,
    satisfaction      INTEGER CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 3),
    notes             TEXT,
    correction_reason TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    change_seq        INTEGER NOT NULL,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (started_at IS NULL OR substr(started_at, 1, 10) = visited_on)
);
CREATE INDEX home_visits_by_bed ON home_visits (family_bed_uid, visited_on);
CREATE INDEX home_visits_by_staff ON home_visits (staff_uid, visited_on);
CREATE INDEX home_visits_by_day ON home_visits (visited_on);
CREATE INDEX home_visits_by_change ON home_visits (change_seq);

-- The record rules of schema 7 (record_rule_violations) cover the new tables too: their dates,
-- times, ID numbers and stamps join the views those rules read.
DROP VIEW record_stamps;
CREATE VIEW record_stamps AS
SELECT 'beds' AS table_name, uid AS record_uid, created_at, updated_at FROM beds
UNION ALL SELECT 'bed_service_periods', uid, created_at, updated_at FROM bed_service_periods
UNION ALL SELECT 'residents', uid, created_at, updated_at FROM residents
UNION ALL SELECT 'resident_stays', uid, created_at, updated_at FROM resident_stays
UNION ALL SELECT 'bed_assignments', uid, created_at, updated_at FROM bed_assignments
UNION ALL SELECT 'assessments', uid, created_at, updated_at FROM assessments
UNION ALL SELECT 'staff', uid, created_at, updated_at FROM staff
UNION ALL SELECT 'staff_certificates', uid, created_at, updated_at FROM staff_certificates
UNION ALL SELECT 'staff_leaves', uid, created_at, updated_at FROM staff_leaves
UNION ALL SELECT 'shift_templates', uid, created_at, updated_at FROM shift_templates
UNION ALL SELECT 'shifts', uid, created_at, updated_at FROM shifts
UNION ALL SELECT 'users', uid, created_at, updated_at FROM users
UNION ALL SELECT 'duty_sessions', uid, created_at, updated_at FROM duty_sessions
UNION ALL SELECT 'shift_logs', uid, created_at, updated_at FROM shift_logs
UNION ALL SELECT 'family_beds', uid, created_at, updated_at FROM family_beds
UNION ALL SELECT 'family_bed_agreements', uid, created_at, updated_at FROM family_bed_agreements
UNION ALL SELECT 'home_visits', uid, created_at, updated_at FROM home_visits;

DROP VIEW rule_date_values;
CREATE VIEW rule_date_values AS
SELECT 'residents' AS table_name, uid AS record_uid, 'birth_date' AS field, birth_date AS value FROM residents
UNION ALL SELECT 'residents', uid, 'admission_date', admission_date FROM residents
UNION ALL SELECT 'residents', uid, 'discharge_date', discharge_date FROM residents
UNION ALL SELECT 'resident_stays', uid, 'admission_date', admission_date FROM resident_stays
UNION ALL SELECT 'resident_stays', uid, 'discharge_date', discharge_date FROM resident_stays
UNION ALL SELECT 'bed_assignments', uid, 'from_date', from_date FROM bed_assignments
UNION ALL SELECT 'bed_assignments', uid, 'to_date', to_date FROM bed_assignments
UNION ALL SELECT 'bed_service_periods', uid, 'from_date', from_date FROM bed_service_periods
UNION ALL SELECT 'bed_service_periods', uid, 'to_date', to_date FROM bed_service_periods
UNION ALL SELECT 'assessments', uid, 'assessed_on', assessed_on FROM assessments
UNION ALL SELECT 'staff', uid, 'hire_date', hire_date FROM staff
UNION ALL SELECT 'staff', uid, 'leave_date', leave_date FROM staff
UNION ALL SELECT 'staff_certificates', uid, 'expires_on', expires_on FROM staff_certificates
UNION ALL SELECT 'staff_leaves', uid, 'starts_on', starts_on FROM staff_leaves
UNION ALL SELECT 'staff_leaves', uid, 'ends_on', ends_on FROM staff_leaves
UNION ALL SELECT 'shifts', uid, 'shift_date', shift_date FROM shifts
UNION ALL SELECT 'family_beds', uid, 'birth_date', birth_date FROM family_beds
UNION ALL SELECT 'family_beds', uid, 'care_level_on', care_level_on FROM family_beds
UNION ALL SELECT 'family_bed_agreements', uid, 'starts_on', starts_on FROM family_bed_agreements
UNION ALL SELECT 'family_bed_agreements', uid, 'ends_on', ends_on FROM family_bed_agreements
UNION ALL SELECT 'family_bed_agreements', uid, 'ended_on', ended_on FROM family_bed_agreements
UNION ALL SELECT 'home_visits', uid, 'visited_on', visited_on FROM home_visits;

DROP VIEW rule_timestamp_values;
CREATE VIEW rule_timestamp_values AS
SELECT 'shifts' AS table_name, uid AS record_uid, 'start_at' AS field, start_at AS value FROM shifts
UNION ALL SELECT 'shifts', uid, 'end_at', end_at FROM shifts
UNION ALL SELECT 'users', uid, 'locked_until', locked_until FROM users
UNION ALL SELECT 'duty_sessions', uid, 'opened_at', opened_at FROM duty_sessions
UNION ALL SELECT 'duty_sessions', uid, 'handover_accepted_at', handover_accepted_at FROM duty_sessions
UNION ALL SELECT 'duty_sessions', uid, 'closed_at', closed_at FROM duty_sessions
UNION ALL SELECT 'shift_logs', uid, 'written_at', written_at FROM shift_logs
UNION ALL SELECT table_name, record_uid, 'created_at', created_at FROM record_stamps
UNION ALL SELECT table_name, record_uid, 'updated_at', updated_at FROM record_stamps
UNION ALL SELECT 'home_visits', uid, 'started_at', started_at FROM home_visits;

DROP VIEW rule_id_number_values;
CREATE VIEW rule_id_number_values AS
SELECT 'residents' AS table_name, uid AS record_uid, 'id_number' AS field, id_number AS value FROM residents
UNION ALL SELECT 'staff', uid, 'id_number', id_number FROM staff
UNION ALL SELECT 'family_beds', uid, 'id_number', id_number FROM family_beds;

CREATE TRIGGER family_beds_keep_rules_on_insert AFTER INSERT ON family_beds BEGIN
    SELECT RAISE(ABORT, 'family_beds: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'family_beds' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER family_beds_keep_rules_on_update AFTER UPDATE ON family_beds BEGIN
    SELECT RAISE(ABORT, 'family_beds: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'family_beds' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER family_bed_agreements_keep_rules_on_insert AFTER INSERT ON family_bed_agreements BEGIN
    SELECT RAISE(ABORT, 'family_bed_agreements: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'family_bed_agreements' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER family_bed_agreements_keep_rules_on_update AFTER UPDATE ON family_bed_agreements BEGIN
    SELECT RAISE(ABORT, 'family_bed_agreements: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'family_bed_agreements' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER home_visits_keep_rules_on_insert AFTER INSERT ON home_visits BEGIN
    SELECT RAISE(ABORT, 'home_visits: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'home_visits' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER home_visits_keep_rules_on_update AFTER UPDATE ON home_visits BEGIN
    SELECT RAISE(ABORT, 'home_visits: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'home_visits' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
