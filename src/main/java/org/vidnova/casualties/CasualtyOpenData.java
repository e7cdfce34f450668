package org.vidnova.casualties;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vidnova.disclosure.OpenDataset;
import org.vidnova.disclosure.OpenDataset.Rule;

/** Counts of the killed and injured, and the estimate of the uncounted, as open data: aggregates only. */
@Configuration(proxyBeanMethods = false)
class CasualtyOpenData {

    @Bean
    OpenDataset casualtiesDataset(Persons persons) {
        return new OpenDataset("casualties", "Casualties in Kharkiv: counts and estimate",
                "Жертви в Харкові: підрахунок і оцінка",
                "Persons documented after linking every list, by status, district, day, sex and age band, and the"
                        + " estimate of the total with its 95% interval. Aggregates only.",
                "Особи, задокументовані після зведення всіх списків, за статусом, районом, днем, статтю й віком, та"
                        + " оцінка загального числа з 95% інтервалом. Лише узагальнені дані.",
                List.of("casualties", "killed", "estimate", "Kharkiv"), null, "/casualties/method",
                List.of(Rule.SMALL_COUNTS, Rule.NO_PERSONAL_DATA),
                List.of(OpenDataset.csvWithHxl("/api/v1/casualties/counts.csv?by=district"),
                        OpenDataset.csvWithHxl("/api/v1/casualties/counts.csv?by=day"),
                        OpenDataset.json("/api/v1/casualties/counts?by=district"),
                        OpenDataset.json("/api/v1/casualties/counts?by=day"),
                        OpenDataset.json("/api/v1/casualties/estimate?stratify=district")),
                () -> persons.lastRun().orElse(null));
    }
}
