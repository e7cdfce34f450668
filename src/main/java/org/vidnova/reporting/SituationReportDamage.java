package org.vidnova.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.vidnova.damage.DamageFigures;
import org.vidnova.damage.HousingFigures;

/** Damage: homes destroyed and uninhabitable, people without a home, facilities destroyed, as of the day. */
@Component
@Order(30)
class SituationReportDamage implements SituationReportPart {

    private final DamageFigures damage;

    SituationReportDamage(DamageFigures damage) {
        this.damage = damage;
    }

    @Override
    public SituationReport.Section gather(LocalDate day, Instant asOf) {
        HousingFigures h = damage.asOf(day);
        return new SituationReport.Section("damage", asOf, "/damage", List.of(
                SituationReport.Figure.count("unitsDestroyed", h.unitsDestroyed()),
                SituationReport.Figure.count("unitsUninhabitable", h.unitsUninhabitable()),
                SituationReport.Figure.count("displacedPeople", h.displacedPeople()),
                SituationReport.Figure.count("schoolsDestroyed", h.schoolsDestroyed()),
                SituationReport.Figure.count("kindergartensDestroyed", h.kindergartensDestroyed()),
                SituationReport.Figure.count("medicalDestroyed", h.medicalDestroyed()),
                SituationReport.Figure.count("buildingsAssessed", h.buildingsAssessed()),
                SituationReport.Figure.count("buildings", h.buildings())), null);
    }
}
