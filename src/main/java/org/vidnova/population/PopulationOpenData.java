package org.vidnova.population;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vidnova.disclosure.OpenDataset;
import org.vidnova.disclosure.OpenDataset.Rule;

/** The present population with its interval, returns, and households without a home, as open data (aggregates). */
@Configuration(proxyBeanMethods = false)
class PopulationOpenData {

    @Bean
    OpenDataset populationDataset(JdbcClient jdbc) {
        return new OpenDataset("population", "People present in Kharkiv, departures and returns",
                "Населення Харкова: присутні, виїзди й повернення",
                "Per district and Kyiv day: the pre-war population minus departures plus returns and arrivals, with"
                        + " the interval the sources allow; households without a home by district. Aggregates only.",
                "За районами й днями: довоєнне населення мінус виїзди плюс повернення й прибуття, з інтервалом,"
                        + " який дозволяють джерела; домогосподарства без житла за районами. Лише узагальнені дані.",
                List.of("population", "displacement", "returns", "Kharkiv"), null, "/population",
                List.of(Rule.SMALL_COUNTS, Rule.NO_PERSONAL_DATA),
                List.of(OpenDataset.csvWithHxl("/api/v1/population/estimate.csv"),
                        OpenDataset.csv("/api/v1/population/estimate.csv"),
                        OpenDataset.json("/api/v1/population/estimate"),
                        OpenDataset.json("/api/v1/population/returns"),
                        OpenDataset.json("/api/v1/population/households/counts")),
                OpenDataset.lastChange(jdbc, "SELECT MAX(t) FROM (SELECT MAX(updated_at) AS t FROM"
                        + " population_registration UNION ALL SELECT MAX(updated_at) AS t FROM population_count) u"));
    }
}
