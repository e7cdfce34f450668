package org.vidnova.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.vidnova.geo.District;
import org.vidnova.geo.Districts;
import org.vidnova.incidents.IncidentFigures;
import org.vidnova.incidents.StrikeFigures;
import org.vidnova.incidents.StrikeSeries;

/** Strikes: the last 24 hours and 7 days before the report's time, the register to the day, by district, per day. */
@Component
@Order(10)
class SituationReportStrikes implements SituationReportPart {

    /** Days in the report's chart of strikes per day. */
    static final int CHART_DAYS = 30;
    static final String OUTSIDE = "outside";

    private final IncidentFigures figures;
    private final StrikeSeries series;
    private final Districts districts;

    SituationReportStrikes(IncidentFigures figures, StrikeSeries series, Districts districts) {
        this.figures = figures;
        this.series = series;
        this.districts = districts;
    }

    @Override
    public SituationReport.Section gather(LocalDate day, Instant asOf) {
        StrikeFigures recent = figures.at(asOf);
        Map<String, Long> byDistrict = series.byDistrict(null, day);
        List<SituationReport.Figure> list = new ArrayList<>();
        list.add(SituationReport.Figure.count("last24h", recent.last24h()));
        list.add(SituationReport.Figure.count("last7d", recent.last7d()));
        list.add(SituationReport.Figure.count("total", byDistrict.values().stream().mapToLong(Long::longValue).sum()));
        for (District d : districts.all()) {
            list.add(SituationReport.Figure.inDistrict("total", d.code(), byDistrict.getOrDefault(d.code(), 0L)));
        }
        list.add(SituationReport.Figure.inDistrict("total", OUTSIDE, byDistrict.getOrDefault(null, 0L)));
        Map<String, Long> perDay = new LinkedHashMap<>();
        series.perDay(day.minusDays(CHART_DAYS - 1), day).forEach((d, n) -> perDay.put(d.toString(), n));
        return new SituationReport.Section("strikes", asOf, "/incidents", list, perDay);
    }
}
