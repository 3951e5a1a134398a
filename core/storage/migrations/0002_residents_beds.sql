-- Schema version 2: beds, residents, their stays and bed history (issue: residents, rooms and beds).
-- Rooms are not a table: a bed names its building, floor and room, as the county format does.

CREATE TABLE beds (
    uid           TEXT PRIMARY KEY,
    bed_code      TEXT NOT NULL UNIQUE CHECK (length(bed_code) BETWEEN 1 AND 32),
    building      TEXT NOT NULL DEFAULT '',
    floor         TEXT NOT NULL DEFAULT '',
    room          TEXT NOT NULL CHECK (length(room) >= 1),
    bed_type      TEXT NOT NULL CHECK (bed_type IN ('NURSING', 'GENERAL')),
    dementia_unit INTEGER NOT NULL DEFAULT 0 CHECK (dementia_unit IN (0, 1)),
    in_service    INTEGER NOT NULL DEFAULT 1 CHECK (in_service IN (0, 1)),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    change_seq    INTEGER NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX beds_by_room ON beds (building, floor, room);
CREATE INDEX beds_by_change ON beds (change_seq);

-- One row per person. A re-admitted former resident keeps this row; each stay is in resident_stays,
-- and admission_date/discharge_date here mirror the latest stay (the county format's view).
CREATE TABLE residents (
    uid               TEXT PRIMARY KEY,
    name              TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
    name_pinyin       TEXT NOT NULL DEFAULT '',   -- "zhangsan", for search
    name_initials     TEXT NOT NULL DEFAULT '',   -- "zs", for search
    id_number         TEXT NOT NULL CHECK (length(id_number) = 18),
    gender            INTEGER NOT NULL CHECK (gender IN (1, 2)),
    birth_date        TEXT NOT NULL CHECK (birth_date LIKE '____-__-__'),
    category          TEXT NOT NULL CHECK (category IN ('TK', 'DB', 'DBBY', 'SH')),
    admission_date    TEXT NOT NULL CHECK (admission_date LIKE '____-__-__'),
    discharge_date    TEXT CHECK (discharge_date IS NULL OR (discharge_date LIKE '____-__-__' AND discharge_date >= admission_date)),
    discharge_reason  TEXT CHECK (discharge_reason IS NULL OR discharge_reason IN ('HOME', 'TRANSFER', 'DEATH', 'OTHER')),
    bed_uid           TEXT REFERENCES beds (uid),
    phone             TEXT,
    emergency_contact TEXT,
    emergency_phone   TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    change_seq        INTEGER NOT NULL,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK ((discharge_date IS NULL) = (discharge_reason IS NULL))
);
CREATE UNIQUE INDEX residents_unique_id_number ON residents (id_number) WHERE deleted = 0;
CREATE UNIQUE INDEX residents_one_per_bed ON residents (bed_uid) WHERE bed_uid IS NOT NULL AND deleted = 0;
CREATE INDEX residents_by_name ON residents (name);
CREATE INDEX residents_by_change ON residents (change_seq);

-- Every admission … discharge of a resident.
CREATE TABLE resident_stays (
    uid              TEXT PRIMARY KEY,
    resident_uid     TEXT NOT NULL REFERENCES residents (uid),
    admission_date   TEXT NOT NULL CHECK (admission_date LIKE '____-__-__'),
    discharge_date   TEXT CHECK (discharge_date IS NULL OR discharge_date >= admission_date),
    discharge_reason TEXT CHECK (discharge_reason IS NULL OR discharge_reason IN ('HOME', 'TRANSFER', 'DEATH', 'OTHER')),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    change_seq       INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX resident_stays_by_resident ON resident_stays (resident_uid, admission_date);

-- Which bed a resident held from which day to which day (to_date exclusive: the day they left it).
-- Occupancy on any past date is answered from here.
CREATE TABLE bed_assignments (
    uid          TEXT PRIMARY KEY,
    resident_uid TEXT NOT NULL REFERENCES residents (uid),
    bed_uid      TEXT NOT NULL REFERENCES beds (uid),
    from_date    TEXT NOT NULL CHECK (from_date LIKE '____-__-__'),
    to_date      TEXT CHECK (to_date IS NULL OR to_date >= from_date),
    reason       TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    change_seq   INTEGER NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX bed_assignments_by_bed ON bed_assignments (bed_uid, from_date);
CREATE INDEX bed_assignments_by_resident ON bed_assignments (resident_uid, from_date);
