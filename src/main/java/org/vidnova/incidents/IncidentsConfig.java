package org.vidnova.incidents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vidnova.identity.PublicPaths;

@Configuration(proxyBeanMethods = false)
class IncidentsConfig {

    /** Reads of the register and its statistics are public: they hold no personal data. */
    @Bean
    PublicPaths incidentPublicPaths() {
        return PublicPaths.of("/api/v1/incidents", "/api/v1/incidents/**", "/api/v1/incidents.csv",
                "/api/v1/incidents.geojson", "/incidents");
    }
}
