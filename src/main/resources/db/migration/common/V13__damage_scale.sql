-- damage at scale: several incidents per assessment.

-- The incidents (ids of the incidents module, no foreign key across modules) an assessment names; the CSV's
-- incident_id gives them separated by ';'. damage_assessment.incident_id keeps the lowest of them, as before.
CREATE TABLE damage_assessment_incident (
    assessment_id BIGINT NOT NULL REFERENCES damage_assessment (id),
    incident_id   BIGINT NOT NULL,
    CONSTRAINT damage_assessment_incident_pk PRIMARY KEY (assessment_id, incident_id),
    CONSTRAINT damage_assessment_incident_id_ck CHECK (incident_id > 0)
);
CREATE INDEX damage_assessment_incident_incident_idx ON damage_assessment_incident (incident_id);
INSERT INTO damage_assessment_incident (assessment_id, incident_id)
    SELECT id, incident_id FROM damage_assessment WHERE incident_id IS NOT NULL;
