-- Schema version 15: the audit log becomes a chain. Each row stores chain_hash, the SHA-256 of the
-- previous row's chain_hash and its own content (id, time, actor, action, table, record, values,
-- detail), computed by the program (core/auth/AuditChain). A row edited or deleted behind the
-- program's back (after dropping the append-only triggers) no longer matches its seal, and `check`
-- names it. The rows already in the file are sealed by the program right after this step; the
-- update trigger comes back in step 16, once they are.
DROP TRIGGER audit_log_refuses_update;
ALTER TABLE audit_log ADD COLUMN chain_hash TEXT;
