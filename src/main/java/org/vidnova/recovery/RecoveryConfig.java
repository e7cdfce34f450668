package org.vidnova.recovery;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vidnova.identity.PublicPaths;

@Configuration(proxyBeanMethods = false)
class RecoveryConfig {

    @Bean
    PublicPaths recoveryPublicPaths() {
        return PublicPaths.of("/api/v1/recovery/projects", "/api/v1/recovery/projects.csv", "/api/v1/recovery/projects/*",
                "/api/v1/recovery/heritage-zone.geojson", "/recovery", "/recovery/projects/*");
    }
}
