-- The history of one entity (who created and changed incident 123, and when) is read by its type and id: an index
-- for it, now that bulk imports write an audit row per incident (a million rows in one import).
CREATE INDEX audit_entry_entity_id_idx ON audit_entry (entity_type, entity_id);
