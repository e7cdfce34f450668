package org.vidnova.incidents;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vidnova.disclosure.OpenDataset;
import org.vidnova.disclosure.OpenDataset.Rule;

/** The strike register and its statistics as open data. */
@Configuration(proxyBeanMethods = false)
class IncidentOpenData {

    @Bean
    OpenDataset incidentsDataset(JdbcClient jdbc) {
        return new OpenDataset("incidents", "Strikes on Kharkiv", "Удари по Харкову",
                "Every recorded strike: time, type, place, district, reported killed and injured, source and"
                        + " verification.",
                "Кожен зафіксований удар: час, тип, місце, район, повідомлені загиблі й поранені, джерело та"
                        + " перевірка.",
                List.of("strikes", "shelling", "Kharkiv", "districts"), null, "/incidents",
                List.of(Rule.STRIKE_DELAY, Rule.STRIKE_LOCATION, Rule.NO_PERSONAL_DATA),
                List.of(OpenDataset.csvWithHxl("/api/v1/incidents.csv"), OpenDataset.csv("/api/v1/incidents.csv"),
                        OpenDataset.geoJson("/api/v1/incidents.geojson"),
                        OpenDataset.json("/api/v1/incidents/stats?by=district,day")),
                OpenDataset.lastChange(jdbc, "SELECT MAX(updated_at) FROM incidents_incident"));
    }
}
