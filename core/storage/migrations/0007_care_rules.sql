-- Schema version 7 (issue 9: corrections to care rules and record integrity).

-- 1. GB/T 42195-2022: another mental or behavioural disorder diagnosed by a psychiatrist
--    (ICD-10 F04–F99) raises the preliminary level one step, as dementia (F00–F03) and two or
--    more risk events do; together they still raise it one step only (rule "one_step" below).
ALTER TABLE assessments ADD COLUMN psychiatric INTEGER NOT NULL DEFAULT 0 CHECK (psychiatric IN (0, 1));

-- 2. Shift logs carry their real author: author_staff_uid / opened_by name the nurse whose shift it
--    is; when an administrator opens, accepts, writes or closes on her behalf, these name the
--    account that did (NULL when the nurse did it herself).
ALTER TABLE duty_sessions ADD COLUMN opened_on_behalf_by TEXT;
ALTER TABLE duty_sessions ADD COLUMN accepted_on_behalf_by TEXT;
ALTER TABLE duty_sessions ADD COLUMN closed_on_behalf_by TEXT;
ALTER TABLE shift_logs ADD COLUMN written_on_behalf_by TEXT;

-- 3. Built-in shift templates store the code of their label (EARLY, LATE, NIGHT, DAY12, NIGHT12),
--    translated when shown; a name an administrator typed is kept as typed. Names written by
--    earlier versions in English or Chinese become codes.
UPDATE shift_templates SET name = 'EARLY' WHERE code = 'D' AND name IN ('Early shift', '早班');
UPDATE shift_templates SET name = 'LATE' WHERE code = 'E' AND name IN ('Late shift', '中班');
UPDATE shift_templates SET name = 'NIGHT' WHERE code = 'N' AND name IN ('Night shift', '夜班');
UPDATE shift_templates SET name = 'DAY12' WHERE code = 'A' AND name IN ('Day shift', '白班');
UPDATE shift_templates SET name = 'NIGHT12' WHERE code = 'B' AND name IN ('Night shift (12 h)', '夜班（12 小时）');

-- 4. When each bed was in service: from_date is the first day in service, to_date the first day
--    out of service again (NULL while in service). Beds in service, nursing beds, their ratio and
--    occupancy on any day are counted from here; beds.in_service mirrors today's state.
CREATE TABLE bed_service_periods (
    uid        TEXT PRIMARY KEY,
    bed_uid    TEXT NOT NULL REFERENCES beds (uid),
    from_date  TEXT NOT NULL,
    to_date    TEXT,
    reason     TEXT NOT NULL DEFAULT '',   -- why it went into service ('' for a new bed)
    end_reason TEXT,                       -- why it was taken out of service
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    change_seq INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (to_date IS NULL OR to_date > from_date)
);
CREATE INDEX bed_service_periods_by_bed ON bed_service_periods (bed_uid, from_date);
CREATE INDEX bed_service_periods_by_change ON bed_service_periods (change_seq);

-- Existing beds: in service since they were created, or since the first day someone held them when
-- that is earlier (a bed that held a resident was in service). A bed out of service now went out on
-- the day its last "in_service 0" change was audited (its last change when there is none).
-- Earlier out-of-service spells were not recorded and are not known.
INSERT INTO bed_service_periods (uid, bed_uid, from_date, to_date, reason, end_reason, created_at, updated_at,
                                 change_seq, deleted)
SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
           substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1) ||
           substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))),
       p.bed_uid, p.from_date, p.to_date, '', CASE WHEN p.to_date IS NULL THEN NULL ELSE '' END,
       p.created_at, p.updated_at,
       (SELECT value FROM change_sequence WHERE id = 1) + row_number() OVER (ORDER BY p.bed_uid), 0
FROM (SELECT b.uid AS bed_uid, b.created_at AS created_at, b.updated_at AS updated_at,
             min(substr(b.created_at, 1, 10),
                 coalesce((SELECT min(a.from_date) FROM bed_assignments a
                           WHERE a.bed_uid = b.uid AND a.deleted = 0), '9999-12-31')) AS from_date,
             CASE WHEN b.in_service = 1 THEN NULL
                  ELSE coalesce((SELECT substr(l.at, 1, 10) FROM audit_log l
                                 WHERE l.table_name = 'beds' AND l.record_uid = b.uid AND l.action = 'UPDATE'
                                   AND l.new_values LIKE '%"in_service":0%'
                                 ORDER BY l.id DESC LIMIT 1),
                                substr(b.updated_at, 1, 10)) END AS to_date
      FROM beds b WHERE b.deleted = 0) p
WHERE p.to_date IS NULL OR p.to_date > p.from_date;
UPDATE change_sequence SET value = value + (SELECT count(*) FROM bed_service_periods) WHERE id = 1;

-- 5. The rules the file itself enforces. They are the SQLite form of PostgreSQL's
--    "ALTER TABLE … ADD CONSTRAINT … NOT VALID": every new write must keep them, records written
--    before them are left as they are, and `jinglao-cli check` lists those (HealthCheck reads
--    record_rule_violations). SQLite cannot add constraints to a table, hence the view and the
--    triggers below.

-- Every record's stamps, for the rules that hold for all domain tables.
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
UNION ALL SELECT 'shift_logs', uid, created_at, updated_at FROM shift_logs;

-- The values that must be real dates (yyyy-MM-dd), times of day (HH:mm), times with their offset
-- (2026-11-02T08:30:00+08:00) and ID numbers (GB 11643: 17 digits, a real birth date and the
-- check character), one view per kind so that each rule is written, and compiled into the
-- triggers, once per column rather than once per column and kind.
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
UNION ALL SELECT 'shifts', uid, 'shift_date', shift_date FROM shifts;

CREATE VIEW rule_timestamp_values AS
SELECT 'shifts' AS table_name, uid AS record_uid, 'start_at' AS field, start_at AS value FROM shifts
UNION ALL SELECT 'shifts', uid, 'end_at', end_at FROM shifts
UNION ALL SELECT 'users', uid, 'locked_until', locked_until FROM users
UNION ALL SELECT 'duty_sessions', uid, 'opened_at', opened_at FROM duty_sessions
UNION ALL SELECT 'duty_sessions', uid, 'handover_accepted_at', handover_accepted_at FROM duty_sessions
UNION ALL SELECT 'duty_sessions', uid, 'closed_at', closed_at FROM duty_sessions
UNION ALL SELECT 'shift_logs', uid, 'written_at', written_at FROM shift_logs
UNION ALL SELECT table_name, record_uid, 'created_at', created_at FROM record_stamps
UNION ALL SELECT table_name, record_uid, 'updated_at', updated_at FROM record_stamps;

CREATE VIEW rule_id_number_values AS
SELECT 'residents' AS table_name, uid AS record_uid, 'id_number' AS field, id_number AS value FROM residents
UNION ALL SELECT 'staff', uid, 'id_number', id_number FROM staff;

CREATE VIEW rule_time_values AS
SELECT 'shift_templates' AS table_name, uid AS record_uid, 'start_time' AS field, start_time AS value FROM shift_templates
UNION ALL SELECT 'shift_templates', uid, 'end_time', end_time FROM shift_templates;

-- One row per broken rule: which record, which field and value, which rule (the rule codes are
-- explained to the user by core/checks/RecordRuleChecks).
CREATE VIEW record_rule_violations AS
SELECT table_name, record_uid, field, value, 'date' AS rule FROM rule_date_values
WHERE date(value, '+0 days') IS NOT value
UNION ALL SELECT table_name, record_uid, field, value, 'time' FROM rule_time_values
WHERE length(value) <> 5 OR time(value || ':00', '+0 seconds') IS NOT value || ':00'
UNION ALL SELECT table_name, record_uid, field, value, 'timestamp' FROM rule_timestamp_values
WHERE NOT ((length(value) = 25 AND substr(value, 20, 1) IN ('+', '-') AND substr(value, 21, 2) GLOB '[0-1][0-9]'
            AND substr(value, 23, 1) = ':' AND substr(value, 24, 2) GLOB '[0-5][0-9]'
            OR length(value) = 20 AND substr(value, 20, 1) = 'Z')
           AND substr(value, 11, 1) = 'T'
           AND datetime(substr(value, 1, 19), '+0 seconds') IS replace(substr(value, 1, 19), 'T', ' '))
UNION ALL SELECT table_name, record_uid, field, value, 'id_number' FROM rule_id_number_values
WHERE NOT (length(value) = 18 AND NOT substr(value, 1, 17) GLOB '*[^0-9]*' AND substr(value, 18, 1) GLOB '[0-9X]'
           AND date(substr(value, 7, 4) || '-' || substr(value, 11, 2) || '-' || substr(value, 13, 2), '+0 days')
               IS substr(value, 7, 4) || '-' || substr(value, 11, 2) || '-' || substr(value, 13, 2)
           AND substr('10X98765432', 1 + (substr(value, 1, 1) * 7 + substr(value, 2, 1) * 9 + substr(value, 3, 1) * 10
               + substr(value, 4, 1) * 5 + substr(value, 5, 1) * 8 + substr(value, 6, 1) * 4 + substr(value, 7, 1) * 2
               + substr(value, 8, 1) * 1 + substr(value, 9, 1) * 6 + substr(value, 10, 1) * 3 + substr(value, 11, 1) * 7
               + substr(value, 12, 1) * 9 + substr(value, 13, 1) * 10 + substr(value, 14, 1) * 5 + substr(value, 15, 1) * 8
               + substr(value, 16, 1) * 4 + substr(value, 17, 1) * 2) % 11, 1) = substr(value, 18, 1))
-- A record is never updated before it exists.
UNION ALL SELECT table_name, record_uid, 'updated_at', updated_at, 'not_before_created' FROM record_stamps
WHERE julianday(updated_at) < julianday(created_at)
-- A shift ends after it starts, and its code is a shift template's.
UNION ALL SELECT 'shifts', uid, 'end_at', end_at, 'after_start' FROM shifts
WHERE julianday(end_at) <= julianday(start_at)
UNION ALL SELECT 'shifts', s.uid, 'shift_code', s.shift_code, 'template_code' FROM shifts s
WHERE NOT EXISTS (SELECT 1 FROM shift_templates t WHERE t.code = s.shift_code)
-- Two staff records do not share an ID number.
UNION ALL SELECT 'staff', s.uid, 'id_number', s.id_number, 'unique' FROM staff s
WHERE s.deleted = 0 AND s.id_number IS NOT NULL
  AND EXISTS (SELECT 1 FROM staff o WHERE o.id_number = s.id_number AND o.uid <> s.uid AND o.deleted = 0)
-- One open bed assignment per bed and per resident.
UNION ALL SELECT 'bed_assignments', a.uid, 'bed_uid', a.bed_uid, 'one_open' FROM bed_assignments a
WHERE a.deleted = 0 AND a.to_date IS NULL
  AND EXISTS (SELECT 1 FROM bed_assignments o WHERE o.bed_uid = a.bed_uid AND o.uid <> a.uid AND o.deleted = 0
              AND o.to_date IS NULL)
UNION ALL SELECT 'bed_assignments', a.uid, 'resident_uid', a.resident_uid, 'one_open' FROM bed_assignments a
WHERE a.deleted = 0 AND a.to_date IS NULL
  AND EXISTS (SELECT 1 FROM bed_assignments o WHERE o.resident_uid = a.resident_uid AND o.uid <> a.uid
              AND o.deleted = 0 AND o.to_date IS NULL)
-- A bed's service periods do not overlap.
UNION ALL SELECT 'bed_service_periods', p.uid, 'from_date', p.from_date, 'no_overlap' FROM bed_service_periods p
WHERE p.deleted = 0
  AND EXISTS (SELECT 1 FROM bed_service_periods o WHERE o.bed_uid = p.bed_uid AND o.uid <> p.uid AND o.deleted = 0
              AND o.from_date < coalesce(p.to_date, '9999-12-31') AND p.from_date < coalesce(o.to_date, '9999-12-31'))
-- An assessment's total is the sum of its parts (when they are given), its item scores a JSON
-- object, and its level at most one step above the preliminary level unless in a coma.
UNION ALL SELECT 'assessments', uid, 'total', total, 'sum_of_parts' FROM assessments
WHERE self_care IS NOT NULL AND mobility IS NOT NULL AND mental IS NOT NULL AND perception_social IS NOT NULL
  AND total <> self_care + mobility + mental + perception_social
UNION ALL SELECT 'assessments', uid, 'item_scores', item_scores, 'json_object' FROM assessments
WHERE item_scores IS NOT NULL AND CASE WHEN json_valid(item_scores) THEN json_type(item_scores) <> 'object' ELSE 1 END
UNION ALL SELECT 'assessments', uid, 'level', level, 'one_step' FROM assessments
WHERE coma = 0 AND level > preliminary_level + 1;

-- What broke a rule when the rules arrived: kept as it was, listed by `check`, and tolerated when
-- such a record is written again (a discharge of a resident with an old bad date still works).
CREATE TABLE legacy_rule_violations (
    table_name TEXT NOT NULL,
    record_uid TEXT NOT NULL,
    field      TEXT NOT NULL,
    rule       TEXT NOT NULL,
    PRIMARY KEY (table_name, record_uid, field, rule)
);
INSERT INTO legacy_rule_violations (table_name, record_uid, field, rule)
SELECT DISTINCT table_name, record_uid, field, rule FROM record_rule_violations;

-- Every insert and update of a domain record is checked against the rules; a new violation aborts
-- the statement and with it the whole transaction.
CREATE TRIGGER beds_keep_rules_on_insert AFTER INSERT ON beds BEGIN
    SELECT RAISE(ABORT, 'beds: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'beds' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER beds_keep_rules_on_update AFTER UPDATE ON beds BEGIN
    SELECT RAISE(ABORT, 'beds: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'beds' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER bed_service_periods_keep_rules_on_insert AFTER INSERT ON bed_service_periods BEGIN
    SELECT RAISE(ABORT, 'bed_service_periods: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'bed_service_periods' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER bed_service_periods_keep_rules_on_update AFTER UPDATE ON bed_service_periods BEGIN
    SELECT RAISE(ABORT, 'bed_service_periods: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'bed_service_periods' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER residents_keep_rules_on_insert AFTER INSERT ON residents BEGIN
    SELECT RAISE(ABORT, 'residents: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'residents' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER residents_keep_rules_on_update AFTER UPDATE ON residents BEGIN
    SELECT RAISE(ABORT, 'residents: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'residents' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER resident_stays_keep_rules_on_insert AFTER INSERT ON resident_stays BEGIN
    SELECT RAISE(ABORT, 'resident_stays: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'resident_stays' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER resident_stays_keep_rules_on_update AFTER UPDATE ON resident_stays BEGIN
    SELECT RAISE(ABORT, 'resident_stays: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'resident_stays' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER bed_assignments_keep_rules_on_insert AFTER INSERT ON bed_assignments BEGIN
    SELECT RAISE(ABORT, 'bed_assignments: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'bed_assignments' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER bed_assignments_keep_rules_on_update AFTER UPDATE ON bed_assignments BEGIN
    SELECT RAISE(ABORT, 'bed_assignments: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'bed_assignments' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
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
CREATE TRIGGER staff_keep_rules_on_insert AFTER INSERT ON staff BEGIN
    SELECT RAISE(ABORT, 'staff: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'staff' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER staff_keep_rules_on_update AFTER UPDATE ON staff BEGIN
    SELECT RAISE(ABORT, 'staff: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'staff' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER staff_certificates_keep_rules_on_insert AFTER INSERT ON staff_certificates BEGIN
    SELECT RAISE(ABORT, 'staff_certificates: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'staff_certificates' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER staff_certificates_keep_rules_on_update AFTER UPDATE ON staff_certificates BEGIN
    SELECT RAISE(ABORT, 'staff_certificates: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'staff_certificates' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER staff_leaves_keep_rules_on_insert AFTER INSERT ON staff_leaves BEGIN
    SELECT RAISE(ABORT, 'staff_leaves: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'staff_leaves' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER staff_leaves_keep_rules_on_update AFTER UPDATE ON staff_leaves BEGIN
    SELECT RAISE(ABORT, 'staff_leaves: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'staff_leaves' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER shift_templates_keep_rules_on_insert AFTER INSERT ON shift_templates BEGIN
    SELECT RAISE(ABORT, 'shift_templates: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'shift_templates' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER shift_templates_keep_rules_on_update AFTER UPDATE ON shift_templates BEGIN
    SELECT RAISE(ABORT, 'shift_templates: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'shift_templates' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER shifts_keep_rules_on_insert AFTER INSERT ON shifts BEGIN
    SELECT RAISE(ABORT, 'shifts: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'shifts' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER shifts_keep_rules_on_update AFTER UPDATE ON shifts BEGIN
    SELECT RAISE(ABORT, 'shifts: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'shifts' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER users_keep_rules_on_insert AFTER INSERT ON users BEGIN
    SELECT RAISE(ABORT, 'users: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'users' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER users_keep_rules_on_update AFTER UPDATE ON users BEGIN
    SELECT RAISE(ABORT, 'users: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'users' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER duty_sessions_keep_rules_on_insert AFTER INSERT ON duty_sessions BEGIN
    SELECT RAISE(ABORT, 'duty_sessions: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'duty_sessions' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER duty_sessions_keep_rules_on_update AFTER UPDATE ON duty_sessions BEGIN
    SELECT RAISE(ABORT, 'duty_sessions: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'duty_sessions' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER shift_logs_keep_rules_on_insert AFTER INSERT ON shift_logs BEGIN
    SELECT RAISE(ABORT, 'shift_logs: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'shift_logs' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER shift_logs_keep_rules_on_update AFTER UPDATE ON shift_logs BEGIN
    SELECT RAISE(ABORT, 'shift_logs: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'shift_logs' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
