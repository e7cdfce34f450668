package org.vidnova.shelters;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vidnova.disclosure.OpenDataset;
import org.vidnova.disclosure.OpenDataset.Rule;

/** The shelter register and its coverage as open data. */
@Configuration(proxyBeanMethods = false)
class ShelterOpenData {

    @Bean
    OpenDataset sheltersDataset(JdbcClient jdbc) {
        return new OpenDataset("shelters", "Shelters of Kharkiv", "Укриття Харкова",
                "Shelters and metro stations: kind, address, place, capacity, step-free access, status, occupancy.",
                "Укриття та станції метро: вид, адреса, місце, місткість, доступність, стан, заповненість.",
                List.of("shelters", "civil protection", "Kharkiv"), null, "/shelters/coverage",
                List.of(Rule.HIDDEN_SHELTER_KINDS, Rule.NO_PERSONAL_DATA),
                List.of(OpenDataset.csvWithHxl("/api/v1/shelters.csv"), OpenDataset.csv("/api/v1/shelters.csv"),
                        OpenDataset.geoJson("/api/v1/shelters.geojson"),
                        OpenDataset.json("/api/v1/shelters/coverage")),
                OpenDataset.lastChange(jdbc, "SELECT MAX(updated_at) FROM shelters_shelter"));
    }
}
