package org.vidnova.casualties;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.casualties.estimation.AveragedEstimate;
import org.vidnova.casualties.estimation.CaptureHistories;
import org.vidnova.casualties.estimation.Caveat;
import org.vidnova.casualties.estimation.MultipleSystemsEstimate;
import org.vidnova.casualties.estimation.MultipleSystemsEstimation;

/**
 * Documented and estimated totals from the linked persons: each source is a list, each person's capture history
 * the lists that report them. The estimate is the AIC-weighted average of the log-linear models (in simulated
 * cities with people of unequal visibility its 95% interval covered the truth 91% of the time, where a single
 * selected model covered 70%: docs/benchmarks.md). The engine takes at most five lists: beyond five, the smallest
 * are pooled into one list "other lists", which is said in the warnings.
 */
@Service
class CasualtyEstimates {

    static final int MAX_LISTS = 5;
    static final String METHOD = "multiple systems estimation: AIC-weighted average of hierarchical log-linear"
            + " models (main effects, two-list interactions, heterogeneity terms), 95% profile-likelihood intervals";

    /** One stratum's (or the city's) figures; estimate and interval null when the lists cannot support one. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record Total(String stratum, long documented, Double estimate, Double[] ci95) {
    }

    record Estimate(Total city, List<Total> strata, List<String> lists, String method, List<String> warnings) {
    }

    private final JdbcClient jdbc;
    /** Estimates by status, stratification and linkage run: they change only when the persons do. */
    private final Map<String, Estimate> byRun = new java.util.concurrent.ConcurrentHashMap<>();

    CasualtyEstimates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The estimate of the last linkage run, computed once per run (five lists take seconds). */
    @Transactional(readOnly = true)
    Estimate estimate(ReportStatus status, boolean byDistrict) {
        Long run = jdbc.sql("SELECT MAX(id) FROM casualties_run").query(Long.class).optional().orElse(null);
        if (run == null) {
            return compute(status, byDistrict);
        }
        String key = status + "/" + byDistrict + "/" + run;
        Estimate cached = byRun.get(key);
        if (cached == null) {
            if (byRun.size() > 64) {
                byRun.clear();
            }
            cached = compute(status, byDistrict);
            byRun.put(key, cached);
        }
        return cached;
    }

    private Estimate compute(ReportStatus status, boolean byDistrict) {
        // Each person of this status: their district and the lists (sources) that report them.
        Map<Long, String> district = new HashMap<>();
        Map<Long, List<String>> lists = new HashMap<>();
        jdbc.sql("SELECT p.id, p.district_code, r.source_code FROM casualties_person p"
                        + " JOIN casualties_report r ON r.person_id = p.id WHERE p.status = :status")
                .param("status", status.code())
                .query(rs -> {
                    long id = rs.getLong(1);
                    district.put(id, rs.getString(2));
                    List<String> on = lists.computeIfAbsent(id, x -> new ArrayList<>());
                    if (!on.contains(rs.getString(3))) {
                        on.add(rs.getString(3));
                    }
                });
        List<String> warnings = new ArrayList<>();
        List<String> names = listNames(lists, warnings);
        if (names.size() < 2) {
            warnings.add("fewer than two lists report persons of this status: only the documented count is given");
        }
        Map<String, List<Long>> strata = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (Long id : lists.keySet()) {
            strata.computeIfAbsent(byDistrict ? district.get(id) : "city", x -> new ArrayList<>()).add(id);
        }
        List<Total> totals = new ArrayList<>();
        strata.forEach((stratum, ids) -> totals.add(total(stratum, ids, lists, names, warnings)));
        Total city = byDistrict ? sum(totals, warnings)
                : totals.isEmpty() ? new Total("city", 0, null, null) : totals.get(0);
        return new Estimate(city, byDistrict ? totals : List.of(), names, METHOD, warnings);
    }

    /** The lists, largest first; beyond five, the rest pooled as "other lists". */
    private static List<String> listNames(Map<Long, List<String>> lists, List<String> warnings) {
        Map<String, Long> size = new HashMap<>();
        lists.values().forEach(on -> on.forEach(l -> size.merge(l, 1L, Long::sum)));
        List<String> names = new ArrayList<>(size.keySet());
        names.sort(Comparator.comparing((String l) -> -size.get(l)).thenComparing(l -> l));
        if (names.size() > MAX_LISTS) {
            warnings.add(names.size() + " lists: the " + (names.size() - MAX_LISTS + 1)
                    + " smallest are pooled into one list, \"other lists\"");
            List<String> kept = new ArrayList<>(names.subList(0, MAX_LISTS - 1));
            kept.add("other lists");
            return kept;
        }
        return names;
    }

    private static Total total(String stratum, List<Long> ids, Map<Long, List<String>> lists, List<String> names,
            List<String> warnings) {
        long documented = ids.size();
        if (names.size() < 2) {
            return new Total(stratum, documented, null, null);
        }
        long[] counts = new long[1 << names.size()];
        for (Long id : ids) {
            int mask = 0;
            for (String list : lists.get(id)) {
                int i = names.indexOf(list);
                mask |= 1 << (i < 0 ? names.size() - 1 : i);
            }
            counts[mask]++;
        }
        MultipleSystemsEstimate e = MultipleSystemsEstimation.estimate(new CaptureHistories(names, counts));
        AveragedEstimate avg = e.modelAveraged();
        String label = stratum == null ? "outside the city or unknown" : stratum;
        for (Caveat c : e.caveats()) {
            warnings.add(label + ": " + c.message());
        }
        if (avg == null) {
            warnings.add(label + ": no estimate; only the documented count");
            return new Total(stratum, documented, null, null);
        }
        return new Total(stratum, documented, Math.rint(avg.estimate()),
                new Double[] {Math.rint(avg.lower()), Double.isFinite(avg.upper()) ? Math.rint(avg.upper()) : null});
    }

    /**
     * The city from its strata: estimates add up; the interval is the normal approximation of a sum of independent
     * strata (standard errors from each stratum's interval, half-width over 1.96, added in quadrature), never below
     * the documented count. A stratum without an estimate adds its documented count and makes the city's a lower
     * bound, which a warning says.
     */
    private static Total sum(List<Total> strata, List<String> warnings) {
        long documented = 0;
        double estimate = 0;
        double variance = 0;
        boolean complete = true;
        for (Total t : strata) {
            documented += t.documented();
            if (t.estimate() == null || t.ci95() == null || t.ci95()[1] == null) {
                estimate += t.documented();
                complete = complete && t.estimate() != null;
                continue;
            }
            estimate += t.estimate();
            double se = (t.ci95()[1] - t.ci95()[0]) / (2 * 1.96);
            variance += se * se;
        }
        if (strata.isEmpty()) {
            return new Total("city", 0, null, null);
        }
        if (!complete) {
            warnings.add("city: some strata have no estimate; their documented counts are added as they are, so the"
                    + " city's estimate is a lower bound");
        }
        double half = 1.96 * Math.sqrt(variance);
        return new Total("city", documented, Math.rint(estimate),
                new Double[] {Math.max(documented, Math.rint(estimate - half)), Math.rint(estimate + half)});
    }
}
