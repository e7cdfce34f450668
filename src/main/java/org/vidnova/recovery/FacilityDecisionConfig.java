package org.vidnova.recovery;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vidnova.identity.PublicPaths;

@Configuration(proxyBeanMethods = false)
class FacilityDecisionConfig {

    /** Facility decisions are public: facilities, their evidence and decisions hold no personal data. */
    @Bean
    PublicPaths facilityDecisionPublicPaths() {
        return PublicPaths.of("/api/v1/recovery/facilities", "/api/v1/recovery/facilities/*",
                "/recovery/facilities", "/recovery/facilities/*");
    }
}
