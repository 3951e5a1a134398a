-- Schema version 6: shift logs (交接班记录).

-- A nurse's duty on one shift: opened, handover accepted, closed with a handover note.
CREATE TABLE duty_sessions (
    uid                TEXT PRIMARY KEY,
    shift_uid          TEXT NOT NULL UNIQUE REFERENCES shifts (uid),
    opened_at          TEXT NOT NULL,
    opened_by          TEXT NOT NULL,                       -- staff uid of the nurse on duty
    previous_uid       TEXT REFERENCES duty_sessions (uid), -- the handover that was read
    handover_accepted_at TEXT,
    closed_at          TEXT,
    handover_note      TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    change_seq         INTEGER NOT NULL,
    deleted            INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (closed_at IS NULL OR length(handover_note) > 0)
);

-- One entry of the log (the county's shift_logs.csv row).
CREATE TABLE shift_logs (
    uid              TEXT PRIMARY KEY,
    shift_uid        TEXT NOT NULL REFERENCES shifts (uid),
    written_at       TEXT NOT NULL,
    author_staff_uid TEXT NOT NULL REFERENCES staff (uid),
    summary          TEXT NOT NULL CHECK (length(summary) >= 1),
    resident_uid     TEXT REFERENCES residents (uid),
    incident         TEXT CHECK (incident IS NULL OR incident IN ('FALL', 'CHOKING', 'PRESSURE_SORE', 'WANDERING', 'OTHER')),
    corrects_uid     TEXT REFERENCES shift_logs (uid),      -- a correction names the entry it corrects
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    change_seq       INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX shift_logs_by_time ON shift_logs (written_at);
CREATE INDEX shift_logs_by_resident ON shift_logs (resident_uid, written_at);
CREATE INDEX shift_logs_by_shift ON shift_logs (shift_uid);
CREATE INDEX shift_logs_by_incident ON shift_logs (incident, written_at);
CREATE INDEX shift_logs_by_change ON shift_logs (change_seq);
