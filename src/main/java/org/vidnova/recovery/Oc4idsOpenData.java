package org.vidnova.recovery;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vidnova.disclosure.OpenDataset;
import org.vidnova.disclosure.OpenDataset.Rule;

/** The projects in the Open Contracting for Infrastructure Data Standard, for the open-data catalogue. */
@Configuration(proxyBeanMethods = false)
class Oc4idsOpenData {

    @Bean
    OpenDataset recoveryOc4idsDataset(JdbcClient jdbc) {
        return new OpenDataset("recovery-oc4ids", "Reconstruction projects in OC4IDS",
                "Проєкти відбудови у форматі OC4IDS",
                "An OC4IDS 0.9 project package, validated against the official schema: each project's status, type,"
                        + " sector, district and building locations, budget by funding source, funders, spending and"
                        + " progress, milestones, documents, and the other projects on the same buildings.",
                "Пакет проєктів OC4IDS 0.9, перевірений за офіційною схемою: стан, тип, галузь, район і місця"
                        + " будівель, бюджет за джерелами, фінансувальники, витрати й поступ, етапи, документи та"
                        + " інші проєкти на тих самих будівлях.",
                List.of("reconstruction", "OC4IDS", "open contracting", "budget", "Kharkiv"), null,
                "/recovery/transparency", List.of(Rule.NO_PERSONAL_DATA),
                List.of(new OpenDataset.Distribution("OC4IDS project package (JSON)", "application/json",
                        Oc4idsExport.PATH, "https://standard.open-contracting.org/infrastructure/0.9/en/"),
                        OpenDataset.csvWithHxl("/api/v1/recovery/projects.csv"),
                        OpenDataset.csv("/api/v1/recovery/projects.csv")),
                OpenDataset.lastChange(jdbc, "SELECT MAX(updated_at) FROM recovery_project"));
    }
}
