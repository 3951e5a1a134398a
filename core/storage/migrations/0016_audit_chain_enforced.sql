-- Schema version 16: the sealed audit log is append-only again, and every new row must carry its
-- seal and take the next id (no gaps: a missing id is a deleted row).
CREATE TRIGGER audit_log_refuses_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_needs_seal BEFORE INSERT ON audit_log
WHEN NEW.chain_hash IS NULL OR length(NEW.chain_hash) <> 64
  OR NEW.id IS NOT (SELECT coalesce(max(id), 0) + 1 FROM audit_log)
BEGIN
    SELECT RAISE(ABORT, 'audit_log rows are sealed and numbered by the program');
END;
