-- Schema version 11: two-way medical referrals (医养结合双向转诊, issue 13). Field rules:
-- county-csv-spec.md (referrals).

-- The township health center and hospitals the center refers to, with the cooperation agreement
-- (签约): from, to, and what it covers. departments holds one department per line.
CREATE TABLE partner_institutions (
    uid               TEXT PRIMARY KEY,
    name              TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
    institution_type  TEXT NOT NULL CHECK (institution_type IN ('TOWNSHIP_HC', 'COUNTY_HOSPITAL', 'OTHER_HOSPITAL')),
    departments       TEXT NOT NULL DEFAULT '',
    phone             TEXT,
    contact_doctor    TEXT,
    agreement_from    TEXT,
    agreement_to      TEXT,
    agreement_covers  TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    change_seq        INTEGER NOT NULL,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (agreement_to IS NULL OR agreement_from IS NULL OR agreement_to >= agreement_from)
);
CREATE UNIQUE INDEX partner_institutions_unique_name ON partner_institutions (name) WHERE deleted = 0;
CREATE INDEX partner_institutions_by_change ON partner_institutions (change_seq);

-- A referral out and back: DRAFT → SENT → ADMITTED → RETURNED → CLOSED. Each transition keeps its
-- time (the time it happened, which may be entered afterwards) and the account that recorded it.
-- referred_at is the time it was sent (the county file's referred_at). The resident is away, and
-- the bed held, from referred_at until returned_at or closed_at.
CREATE TABLE referrals (
    uid                     TEXT PRIMARY KEY,
    number                  TEXT NOT NULL,
    resident_uid            TEXT NOT NULL REFERENCES residents (uid),
    institution_uid         TEXT NOT NULL REFERENCES partner_institutions (uid),
    department              TEXT NOT NULL DEFAULT '',
    receiving_doctor        TEXT,
    reason                  TEXT NOT NULL CHECK (length(reason) >= 1),
    impression              TEXT,
    past_history            TEXT,
    treatment               TEXT,
    medication              TEXT,
    urgency                 TEXT NOT NULL DEFAULT 'ROUTINE' CHECK (urgency IN ('ROUTINE', 'URGENT', 'EMERGENCY')),
    referring_staff_uid     TEXT REFERENCES staff (uid),
    consent                 TEXT CHECK (consent IS NULL OR consent IN ('AGREED', 'REFUSED')),
    consent_by              TEXT,
    status                  TEXT NOT NULL CHECK (status IN ('DRAFT', 'SENT', 'ADMITTED', 'RETURNED', 'CLOSED')),
    referred_at             TEXT,
    sent_by                 TEXT,
    admitted_at             TEXT,
    admitted_by             TEXT,
    returned_at             TEXT,
    returned_by             TEXT,
    return_diagnosis        TEXT,
    hospital_record_number  TEXT,
    return_findings         TEXT,
    return_advice           TEXT,
    next_review_on          TEXT,
    follow_up_at            TEXT,
    follow_up_note          TEXT,
    closed_at               TEXT,
    closed_by               TEXT,
    outcome                 TEXT CHECK (outcome IS NULL OR outcome IN ('RETURNED', 'STAYED', 'TRANSFERRED', 'DIED',
                                                                       'CANCELLED', 'OTHER')),
    outcome_note            TEXT,
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    change_seq              INTEGER NOT NULL,
    deleted                 INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK ((status = 'CLOSED') = (outcome IS NOT NULL)),
    CHECK (status = 'DRAFT' OR status = 'CLOSED' OR referred_at IS NOT NULL),
    CHECK (status NOT IN ('SENT', 'ADMITTED', 'RETURNED') OR consent = 'AGREED')
);
CREATE UNIQUE INDEX referrals_unique_number ON referrals (number) WHERE deleted = 0;
-- At most one open referral per resident.
CREATE UNIQUE INDEX referrals_one_open ON referrals (resident_uid) WHERE deleted = 0 AND status <> 'CLOSED';
CREATE INDEX referrals_by_resident ON referrals (resident_uid, referred_at);
CREATE INDEX referrals_by_status ON referrals (status);
CREATE INDEX referrals_by_sent ON referrals (referred_at);
CREATE INDEX referrals_by_change ON referrals (change_seq);

-- The record rules of schema 7 cover the new tables' dates, times and stamps.
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
UNION ALL SELECT 'home_visits', uid, created_at, updated_at FROM home_visits
UNION ALL SELECT 'partner_institutions', uid, created_at, updated_at FROM partner_institutions
UNION ALL SELECT 'referrals', uid, created_at, updated_at FROM referrals;

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
UNION ALL SELECT 'home_visits', uid, 'visited_on', visited_on FROM home_visits
UNION ALL SELECT 'partner_institutions', uid, 'agreement_from', agreement_from FROM partner_institutions
UNION ALL SELECT 'partner_institutions', uid, 'agreement_to', agreement_to FROM partner_institutions
UNION ALL SELECT 'referrals', uid, 'next_review_on', next_review_on FROM referrals;

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
UNION ALL SELECT 'home_visits', uid, 'started_at', started_at FROM home_visits
UNION ALL SELECT 'referrals', uid, 'referred_at', referred_at FROM referrals
UNION ALL SELECT 'referrals', uid, 'admitted_at', admitted_at FROM referrals
UNION ALL SELECT 'referrals', uid, 'returned_at', returned_at FROM referrals
UNION ALL SELECT 'referrals', uid, 'follow_up_at', follow_up_at FROM referrals
UNION ALL SELECT 'referrals', uid, 'closed_at', closed_at FROM referrals;

CREATE TRIGGER partner_institutions_keep_rules_on_insert AFTER INSERT ON partner_institutions BEGIN
    SELECT RAISE(ABORT, 'partner_institutions: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'partner_institutions' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER partner_institutions_keep_rules_on_update AFTER UPDATE ON partner_institutions BEGIN
    SELECT RAISE(ABORT, 'partner_institutions: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'partner_institutions' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER referrals_keep_rules_on_insert AFTER INSERT ON referrals BEGIN
    SELECT RAISE(ABORT, 'referrals: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'referrals' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
CREATE TRIGGER referrals_keep_rules_on_update AFTER UPDATE ON referrals BEGIN
    SELECT RAISE(ABORT, 'referrals: a value breaks a record rule') FROM record_rule_violations v
    WHERE v.table_name = 'referrals' AND v.record_uid = NEW.uid AND NOT EXISTS (SELECT 1 FROM legacy_rule_violations l
        WHERE l.table_name = v.table_name AND l.record_uid = v.record_uid AND l.field = v.field AND l.rule = v.rule);
END;
