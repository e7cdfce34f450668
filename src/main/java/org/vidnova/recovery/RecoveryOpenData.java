package org.vidnova.recovery;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vidnova.disclosure.OpenDataset;
import org.vidnova.disclosure.OpenDataset.Rule;

/** Reconstruction projects as open data: where the money goes. */
@Configuration(proxyBeanMethods = false)
class RecoveryOpenData {

    @Bean
    OpenDataset recoveryDataset(JdbcClient jdbc) {
        return new OpenDataset("recovery", "Reconstruction projects in Kharkiv", "Проєкти відбудови Харкова",
                "Every project: OC4IDS type and status, district, cost and spending in UAH, beneficiaries, the"
                        + " buildings it concerns, its score and whether it touches heritage.",
                "Кожен проєкт: тип і стан за OC4IDS, район, вартість і витрати в гривнях, бенефіціари, будівлі,"
                        + " його оцінка та чи торкається він пам'яток.",
                List.of("reconstruction", "OC4IDS", "budget", "Kharkiv"), null, "/recovery",
                List.of(Rule.NO_PERSONAL_DATA),
                List.of(OpenDataset.csvWithHxl("/api/v1/recovery/projects.csv"),
                        OpenDataset.csv("/api/v1/recovery/projects.csv"),
                        OpenDataset.json("/api/v1/recovery/projects"),
                        OpenDataset.geoJson("/api/v1/recovery/heritage-zone.geojson")),
                OpenDataset.lastChange(jdbc, "SELECT MAX(updated_at) FROM recovery_project"));
    }
}
