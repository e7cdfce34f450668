-- The audit trail is append-only: the database itself refuses to change or remove a row.
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE, DELETE ON audit_entry
    FOR EACH ROW CALL 'org.vidnova.audit.AppendOnlyTrigger';
