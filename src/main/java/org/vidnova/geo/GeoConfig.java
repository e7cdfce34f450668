package org.vidnova.geo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vidnova.identity.PublicPaths;

@Configuration(proxyBeanMethods = false)
class GeoConfig {

    @Bean
    PublicPaths geoPublicPaths() {
        return PublicPaths.of("/api/v1/districts", "/api/v1/districts.geojson", "/api/v1/districts/**",
                "/api/v1/metro-stations", "/api/v1/metro-stations.geojson");
    }
}
