-- Schema version 5: user accounts (issue: accounts, roles, audit log and privacy).
-- password_hash holds a salted PBKDF2-HMAC-SHA256 hash, never a password; RecordWriter never
-- copies it into the audit log. failed_attempts and locked_until are the login lockout
-- (5 failures → 5 minutes); they live here so that a restart does not lift a lock, and are
-- written by UserService directly, each change audited as a LOGIN_FAILED / LOCKOUT event.

CREATE TABLE users (
    uid             TEXT PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE CHECK (length(username) BETWEEN 1 AND 32),
    display_name    TEXT NOT NULL DEFAULT '',
    role            TEXT NOT NULL CHECK (role IN ('ADMIN', 'NURSE', 'READONLY')),
    password_hash   TEXT NOT NULL,
    staff_uid       TEXT REFERENCES staff (uid),
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until    TEXT,
    disabled        INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    change_seq      INTEGER NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
