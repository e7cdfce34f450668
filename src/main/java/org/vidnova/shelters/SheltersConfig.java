package org.vidnova.shelters;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vidnova.identity.PublicPaths;

@Configuration(proxyBeanMethods = false)
class SheltersConfig {

    @Bean
    PublicPaths shelterPublicPaths() {
        return PublicPaths.of("/api/v1/shelters", "/api/v1/shelters/**", "/api/v1/shelters.csv",
                "/api/v1/shelters.geojson", "/api/v1/alerts/active", "/api/v1/alerts/active.cap",
                "/api/v1/alerts/stream", "/api/v1/alerts/history", "/api/v1/alerts/*", "/api/v1/alerts/*.cap",
                "/shelters", "/shelters/coverage", "/shelters/offline.js", "/sw.js")
                .andPosts("/api/v1/shelters/*/reports");
    }
}
