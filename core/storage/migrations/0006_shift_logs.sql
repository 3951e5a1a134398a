-- Schema version 6: shift logs (交接班记录).

-- A nurse's duty on one shift: opened, handover accepted, closed with a handover note.
CREATE TABLE duty_sessions (
    uid                TEXT PRIMARY KEY,
    shift_uid          TEXT NOT NULL UNIQUE REFERENCES shifts (uid),
    opened_at          TEXT NOT NULL,
    opened_by          TEXT NOT NULL REFERENCES staff (uid), -- staff uid of the nurse on duty
    previous_uid       TEXT REFERENCES duty_sessions (uid),  -- the handover that was read
    handover_accepted_at TEXT,
    closed_at          TEXT,
    handover_note      TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    change_seq         INTEGER NOT NULL,
    deleted            INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (closed_at IS NULL OR length(handover_note) > 0)
);
CREATE INDEX duty_sessions_by_closing ON duty_sessions (closed_at);
CREATE INDEX duty_sessions_by_change ON duty_sessions (change_seq);

-- One entry of the log (the county's shift_logs.csv row). Entries of a closed shift are never
-- changed: a correction is a new entry naming the one it corrects (corrects_uid), and an
-- incident is followed up, and so closed, by a later entry naming it in resolves_uid.
CREATE TABLE shift_logs (
    uid              TEXT PRIMARY KEY,
    shift_uid        TEXT NOT NULL REFERENCES shifts (uid),
    written_at       TEXT NOT NULL,
    author_staff_uid TEXT NOT NULL REFERENCES staff (uid),
    summary          TEXT NOT NULL CHECK (length(summary) >= 1),
    resident_uid     TEXT REFERENCES residents (uid),
    incident         TEXT CHECK (incident IS NULL OR incident IN ('FALL', 'CHOKING', 'PRESSURE_SORE', 'WANDERING', 'OTHER')),
    corrects_uid     TEXT REFERENCES shift_logs (uid),      -- a correction names the entry it corrects
    resolves_uid     TEXT REFERENCES shift_logs (uid),      -- a follow-up that closes an incident
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    change_seq       INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
-- The log view pages by (written_at, uid) newest first, optionally within one filter.
CREATE INDEX shift_logs_by_time ON shift_logs (written_at, uid);
CREATE INDEX shift_logs_by_resident ON shift_logs (resident_uid, written_at, uid);
CREATE INDEX shift_logs_by_author ON shift_logs (author_staff_uid, written_at, uid);
CREATE INDEX shift_logs_by_incident ON shift_logs (incident, written_at, uid);
CREATE INDEX shift_logs_by_shift ON shift_logs (shift_uid);
CREATE INDEX shift_logs_by_corrects ON shift_logs (corrects_uid) WHERE corrects_uid IS NOT NULL;
CREATE INDEX shift_logs_by_resolves ON shift_logs (resolves_uid) WHERE resolves_uid IS NOT NULL;
CREATE INDEX shift_logs_by_change ON shift_logs (change_seq);
