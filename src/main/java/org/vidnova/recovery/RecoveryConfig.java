package org.vidnova.recovery;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vidnova.identity.PublicPaths;

@Configuration(proxyBeanMethods = false)
class RecoveryConfig {

    @Bean
    PublicPaths recoveryPublicPaths() {
        return PublicPaths.of("/api/v1/recovery/projects", "/api/v1/recovery/projects.csv", "/api/v1/recovery/projects/*",
                "/api/v1/recovery/heritage-zone.geojson", "/recovery", "/recovery/projects/*",
                // transparency: the OC4IDS package, published feedback, the page; residents send feedback
                Oc4idsExport.PATH, "/api/v1/recovery/projects/*/feedback", "/recovery/transparency")
                .andPosts("/api/v1/recovery/projects/*/feedback", "/recovery/projects/*/feedback");
    }
}
