-- Schema version 8: finding people the way their names are said, and an incident's own time.
--
-- name_search holds every spelling a person may type for a name (pinyin::searchKey): each reading
-- joined and its initials between "|", the surname's readings between < and >, then every
-- syllable between spaces, e.g. "|zengming|cengming|zm|cm|<zeng><ceng> zeng ming ceng " for 曾明,
-- whose surname is read zeng, not ceng.
-- The program fills it for existing rows right after this step, and name_pinyin too, since a
-- surname is now read as a surname.
ALTER TABLE residents ADD COLUMN name_search TEXT NOT NULL DEFAULT '';
ALTER TABLE staff ADD COLUMN name_pinyin TEXT NOT NULL DEFAULT '';
ALTER TABLE staff ADD COLUMN name_search TEXT NOT NULL DEFAULT '';
CREATE INDEX staff_by_pinyin ON staff (name_pinyin);

-- When an incident happened (a fall at 02:10 written up at 06:30): the incident lists and the
-- risk-event window read it. Empty for notes, and for incidents written before this version,
-- whose written_at stands for it.
ALTER TABLE shift_logs ADD COLUMN occurred_at TEXT;
