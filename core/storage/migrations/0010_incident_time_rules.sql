-- Schema version 10: the record rules of an incident's own time (shift_logs.occurred_at, schema 8).
-- It is a real time with its offset, no later than the entry was written, and only incidents
-- have one. (The program also keeps it within 12 hours before the shift began: a policy, see
-- ShiftLogService::OccurrenceMarginHours, not a rule of the file.)
--
-- SQLite cannot change a view, so the two views that gain a branch are written again whole: as
-- in 0007 and 0009, with the lines about occurred_at added. The triggers of 0007 read the views by name
-- and keep working.
DROP VIEW record_rule_violations;
DROP VIEW rule_timestamp_values;

CREATE VIEW rule_timestamp_values AS
SELECT 'shifts' AS table_name, uid AS record_uid, 'start_at' AS field, start_at AS value FROM shifts
UNION ALL SELECT 'shifts', uid, 'end_at', end_at FROM shifts
UNION ALL SELECT 'users', uid, 'locked_until', locked_until FROM users
UNION ALL SELECT 'duty_sessions', uid, 'opened_at', opened_at FROM duty_sessions
UNION ALL SELECT 'duty_sessions', uid, 'handover_accepted_at', handover_accepted_at FROM duty_sessions
UNION ALL SELECT 'duty_sessions', uid, 'closed_at', closed_at FROM duty_sessions
UNION ALL SELECT 'shift_logs', uid, 'written_at', written_at FROM shift_logs
UNION ALL SELECT 'shift_logs', uid, 'occurred_at', occurred_at FROM shift_logs
UNION ALL SELECT table_name, record_uid, 'created_at', created_at FROM record_stamps
UNION ALL SELECT table_name, record_uid, 'updated_at', updated_at FROM record_stamps
UNION ALL SELECT 'home_visits', uid, 'started_at', started_at FROM home_visits;

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
WHERE coma = 0 AND level > preliminary_level + 1
-- An incident's own time (schema 8) is no later than the entry that records it, and only an
-- incident has one.
UNION ALL SELECT 'shift_logs', uid, 'occurred_at', occurred_at, 'not_after_written' FROM shift_logs
WHERE occurred_at IS NOT NULL AND julianday(occurred_at) > julianday(written_at)
UNION ALL SELECT 'shift_logs', uid, 'occurred_at', occurred_at, 'incident_only' FROM shift_logs
WHERE occurred_at IS NOT NULL AND incident IS NULL;

-- Rows that already broke these rules (written behind the program's back) are kept and listed.
INSERT OR IGNORE INTO legacy_rule_violations (table_name, record_uid, field, rule)
SELECT DISTINCT table_name, record_uid, field, rule FROM record_rule_violations
WHERE table_name = 'shift_logs' AND field = 'occurred_at';
