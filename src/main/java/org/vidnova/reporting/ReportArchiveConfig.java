package org.vidnova.reporting;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vidnova.identity.PublicPaths;

@Configuration(proxyBeanMethods = false)
class ReportArchiveConfig {

    /** Published reports are public: they hold aggregates only, with small counts of persons suppressed. */
    @Bean
    PublicPaths reportPublicPaths() {
        return PublicPaths.of("/api/v1/reports", "/api/v1/reports/*", "/reports", "/reports/*");
    }
}
