-- Schema version 1: what every later table relies on.
-- Record conventions for every domain table (see DESIGN.md, "Storage rules"):
--   uid TEXT PRIMARY KEY          stable UUID, carried into county packages
--   created_at, updated_at TEXT   ISO 8601 with offset, e.g. 2026-11-02T08:30:00+08:00
--   change_seq INTEGER            from change_sequence, stamped on every insert/update/delete
--   deleted INTEGER 0/1           records are withdrawn, never removed
-- Rows are written through core/storage/RecordWriter, which stamps these and audits.

-- One database-wide counter for incremental county export.
CREATE TABLE change_sequence (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    value INTEGER NOT NULL CHECK (value >= 0)
);
INSERT INTO change_sequence (id, value) VALUES (1, 0);

-- Who changed what and when. Append-only: the triggers below refuse updates and deletes.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL CHECK (length(actor) > 0),
    action      TEXT NOT NULL CHECK (action IN ('INSERT', 'UPDATE', 'DELETE', 'LOGIN', 'LOGIN_FAILED',
                                                'LOCKOUT', 'LOGOUT', 'EXPORT', 'IMPORT', 'BACKUP', 'OTHER')),
    table_name  TEXT,
    record_uid  TEXT,
    old_values  TEXT,
    new_values  TEXT,
    detail      TEXT
);
CREATE INDEX audit_log_by_record ON audit_log (table_name, record_uid);
CREATE INDEX audit_log_by_actor ON audit_log (actor, at);
CREATE INDEX audit_log_by_time ON audit_log (at);

CREATE TRIGGER audit_log_refuses_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_refuses_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- Center-wide settings (facility code and name, assessment interval, last backup …).
CREATE TABLE settings (
    key        TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 64),
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
