package org.vidnova.damage;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vidnova.disclosure.OpenDataset;
import org.vidnova.disclosure.OpenDataset.Rule;

/** Buildings with their current damage state, and the indicators, as open data. */
@Configuration(proxyBeanMethods = false)
class DamageOpenData {

    @Bean
    OpenDataset damageDataset(JdbcClient jdbc) {
        return new OpenDataset("damage", "Damaged buildings of Kharkiv", "Пошкоджені будівлі Харкова",
                "Buildings with their use, homes, heritage status and current damage state on one scale (0 none to 4"
                        + " destroyed), decided from commission, inspector, satellite and citizen assessments.",
                "Будівлі з призначенням, квартирами, пам'ятковим статусом і поточним станом пошкодження за однією"
                        + " шкалою (0 немає — 4 зруйновано) з оцінок комісій, інспекторів, супутника й мешканців.",
                List.of("damage", "housing", "schools", "Kharkiv"), null, "/damage",
                List.of(Rule.NO_PERSONAL_DATA),
                List.of(OpenDataset.csvWithHxl("/api/v1/damage/buildings.csv"),
                        OpenDataset.csv("/api/v1/damage/buildings.csv"),
                        OpenDataset.geoJson("/api/v1/damage/buildings.geojson"),
                        OpenDataset.json("/api/v1/damage/indicators")),
                OpenDataset.lastChange(jdbc, "SELECT MAX(t) FROM (SELECT MAX(updated_at) AS t FROM damage_building"
                        + " UNION ALL SELECT MAX(updated_at) AS t FROM damage_assessment) u"));
    }
}
