package org.vidnova.damage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vidnova.identity.PublicPaths;

@Configuration(proxyBeanMethods = false)
class DamageConfig {

    /**
     * Reads of the register and the indicators are public: buildings, their homes and assessments are not personal
     * data (residents are a count per building).
     */
    @Bean
    PublicPaths damagePublicPaths() {
        return PublicPaths.of("/api/v1/damage/buildings", "/api/v1/damage/buildings/*",
                "/api/v1/damage/buildings.csv", "/api/v1/damage/buildings.geojson", "/api/v1/damage/indicators",
                "/api/v1/damage/crosswalk", "/damage", "/damage/buildings/*",
                "/api/v1/damage/assessments/*/evidence", "/api/v1/damage/exports/coe-b15.csv");
    }
}
