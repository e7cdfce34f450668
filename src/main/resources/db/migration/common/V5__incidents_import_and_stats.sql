-- The history of one entity (who created and changed incident 123, and when) is read by its type and id: an index
-- for it, now that bulk imports write an audit row per incident (a million rows in one import).
CREATE INDEX audit_entry_entity_id_idx ON audit_entry (entity_type, entity_id);

-- Statistics of all types by district and Kyiv day (or by day alone): incidents_stat_day summed over the types, a
-- seventh of its rows, kept in step like the other aggregate tables. Filled from incidents_stat_day here.
CREATE TABLE incidents_stat_district_day (
    local_day       DATE        NOT NULL,
    district_code   VARCHAR(19) NOT NULL,
    incidents       BIGINT      NOT NULL,
    killed          BIGINT      NOT NULL,
    injured         BIGINT      NOT NULL,
    killed_unknown  BIGINT      NOT NULL,
    injured_unknown BIGINT      NOT NULL,
    PRIMARY KEY (local_day, district_code)
);
INSERT INTO incidents_stat_district_day (local_day, district_code, incidents, killed, injured, killed_unknown,
        injured_unknown)
    SELECT local_day, district_code, SUM(incidents), SUM(killed), SUM(injured), SUM(killed_unknown),
        SUM(injured_unknown)
    FROM incidents_stat_day GROUP BY local_day, district_code;
