package org.vidnova.geo;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vidnova.disclosure.OpenDataset;
import org.vidnova.disclosure.OpenDataset.Rule;

/** The district boundaries, derived from OpenStreetMap and so shared under its licence (ODbL). */
@Configuration(proxyBeanMethods = false)
class DistrictOpenData {

    @Bean
    OpenDataset districtsDataset() {
        return new OpenDataset("districts", "Districts of Kharkiv", "Райони Харкова",
                "The nine city districts: KATOTTH code, names in Ukrainian and English, pre-2016 names, area and"
                        + " pre-war population. Boundaries © OpenStreetMap contributors.",
                "Дев'ять районів міста: код КАТОТТГ, назви українською та англійською, назви до 2016 року, площа й"
                        + " довоєнне населення. Межі © учасники OpenStreetMap.",
                List.of("districts", "boundaries", "Kharkiv"), "ODbL-1.0", "/api/v1/districts",
                List.of(Rule.NO_PERSONAL_DATA),
                List.of(OpenDataset.geoJson("/api/v1/districts.geojson"), OpenDataset.json("/api/v1/districts")),
                () -> null);
    }
}
