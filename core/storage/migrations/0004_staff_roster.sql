-- Schema version 4: staff, shift templates and the roster (issue: staff, rosters and shift logs).

CREATE TABLE staff (
    uid         TEXT PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
    id_number   TEXT CHECK (id_number IS NULL OR length(id_number) = 18),
    role        TEXT NOT NULL CHECK (role IN ('CAREGIVER', 'NURSE', 'DOCTOR', 'SOCIAL_WORKER', 'ADMIN', 'OTHER')),
    skill_level INTEGER CHECK (skill_level IS NULL OR (skill_level BETWEEN 1 AND 5 AND role = 'CAREGIVER')),
    hire_date   TEXT NOT NULL CHECK (hire_date LIKE '____-__-__'),
    leave_date  TEXT CHECK (leave_date IS NULL OR leave_date >= hire_date),
    phone       TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    change_seq  INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX staff_by_change ON staff (change_seq);

CREATE TABLE staff_certificates (
    uid        TEXT PRIMARY KEY,
    staff_uid  TEXT NOT NULL REFERENCES staff (uid),
    name       TEXT NOT NULL CHECK (length(name) >= 1),
    number     TEXT NOT NULL DEFAULT '',
    expires_on TEXT CHECK (expires_on IS NULL OR expires_on LIKE '____-__-__'),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    change_seq INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX staff_certificates_by_staff ON staff_certificates (staff_uid);

-- Leave periods (休假, 病假 …), both days included: a shift rostered inside one warns.
CREATE TABLE staff_leaves (
    uid        TEXT PRIMARY KEY,
    staff_uid  TEXT NOT NULL REFERENCES staff (uid),
    starts_on  TEXT NOT NULL CHECK (starts_on LIKE '____-__-__'),
    ends_on    TEXT NOT NULL CHECK (ends_on LIKE '____-__-__' AND ends_on >= starts_on),
    reason     TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    change_seq INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX staff_leaves_by_staff ON staff_leaves (staff_uid, starts_on);

-- 早班 D 07:00–15:00 etc. A template whose end is not after its start crosses midnight.
-- The default set is seeded by RosterService on first use (not here), so that the 12-hour
-- two-shift set can be chosen instead; templates of the set not in use have active = 0.
CREATE TABLE shift_templates (
    uid            TEXT PRIMARY KEY,
    code           TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 8),
    name           TEXT NOT NULL CHECK (length(name) >= 1),
    start_time     TEXT NOT NULL CHECK (start_time LIKE '__:__'),
    end_time       TEXT NOT NULL CHECK (end_time LIKE '__:__'),
    min_caregivers INTEGER NOT NULL DEFAULT 0 CHECK (min_caregivers >= 0),
    sort_order     INTEGER NOT NULL DEFAULT 0,
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    change_seq     INTEGER NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

-- One planned or worked shift of one person. start_at/end_at are timestamps with offset;
-- a night shift ends the next day.
CREATE TABLE shifts (
    uid        TEXT PRIMARY KEY,
    staff_uid  TEXT NOT NULL REFERENCES staff (uid),
    shift_date TEXT NOT NULL CHECK (shift_date LIKE '____-__-__'),
    shift_code TEXT NOT NULL,
    start_at   TEXT NOT NULL,
    end_at     TEXT NOT NULL,
    status     TEXT NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'WORKED', 'ABSENT')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    change_seq INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX shifts_by_staff ON shifts (staff_uid, shift_date);
CREATE INDEX shifts_by_date ON shifts (shift_date, shift_code);
CREATE INDEX shifts_by_change ON shifts (change_seq);
