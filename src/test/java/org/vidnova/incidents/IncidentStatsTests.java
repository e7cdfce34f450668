package org.vidnova.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vidnova.geo.District;
import org.vidnova.geo.Districts;

import tools.jackson.databind.JsonNode;

/**
 * The statistics against an oracle computed here from the rows imported: 2019 belongs to this test alone. The rows
 * are random but seeded, crowd around the changes of clock (31 March and 27 October 2019 in Kyiv) and Kyiv's
 * midnight, use all three time forms, and fall inside and outside the city.
 */
class IncidentStatsTests extends IncidentTestBase {

    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    static final String[] TYPES = {"shelling", "missile", "airstrike", "mlrs", "drone", "cluster", "other"};
    static final List<String> KEYS = List.of("district", "day", "week", "month", "hour");

    /** One generated incident, as the oracle sees it. */
    record Expected(String district, LocalDate day, Integer hour, String type, Integer killed, Integer injured) {

        Object key(String by) {
            return switch (by) {
                case "district" -> district;
                case "day" -> day.toString();
                case "week" -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
                case "month" -> day.toString().substring(0, 7);
                case "hour" -> hour;
                default -> throw new IllegalArgumentException(by);
            };
        }
    }

    @Autowired
    Districts districts;

    List<Expected> expected;

    @BeforeEach
    void importTheYear() throws Exception {
        Random random = new Random(2019);
        StringBuilder csv = new StringBuilder(IncidentImportTests.HEADER + ",time_precision\n");
        expected = new ArrayList<>();
        Instant[] around = {ZonedDateTime.of(2019, 3, 31, 3, 0, 0, 0, KYIV).toInstant(),
            ZonedDateTime.of(2019, 10, 27, 3, 0, 0, 0, KYIV).toInstant(),
            ZonedDateTime.of(2019, 6, 30, 0, 0, 0, 0, KYIV).toInstant()};
        Instant yearStart = LocalDate.of(2019, 1, 1).atStartOfDay(KYIV).toInstant();
        for (int i = 0; i < 600; i++) {
            Instant t = random.nextInt(3) == 0
                    ? around[random.nextInt(3)].plusSeconds(random.nextInt(4 * 3600) - 2 * 3600)
                    : yearStart.plusSeconds((long) (random.nextDouble() * 364 * 86400));
            String text;
            String precision = "";
            int form = random.nextInt(4);
            if (form == 0) {
                text = t.toString();
            } else if (form == 1) {
                LocalDateTime local = LocalDateTime.ofInstant(t, KYIV).truncatedTo(ChronoUnit.SECONDS);
                text = local.toString();
                // An hour that occurs twice (the autumn change) means its first occurrence.
                t = local.atZone(KYIV).toInstant();
            } else if (form == 2) {
                text = t.atZone(KYIV).toOffsetDateTime().toString();
                precision = "hour";
            } else {
                text = t.atZone(KYIV).toLocalDate().toString();
                precision = "day";
            }
            Double lat = null;
            Double lon = null;
            if (random.nextInt(10) > 0) {
                lat = 49.90 + random.nextDouble() * 0.2;
                lon = 36.10 + random.nextDouble() * 0.35;
            }
            String type = TYPES[random.nextInt(TYPES.length)];
            Integer killed = random.nextInt(4) == 0 ? null : random.nextInt(6);
            Integer injured = random.nextInt(3) == 0 ? null : random.nextInt(11);
            csv.append("S").append(i).append(',').append(text).append(',').append(type).append(',')
                    .append(lat == null ? "" : lat).append(',').append(lon == null ? "" : lon).append(',')
                    .append(killed == null ? "" : killed).append(',').append(injured == null ? "" : injured)
                    .append(",,generated,").append(precision).append('\n');
            String district = lat == null ? null : districts.locate(lat, lon).map(District::code).orElse(null);
            expected.add(new Expected(district, t.atZone(KYIV).toLocalDate(),
                    "day".equals(precision) ? null : t.atZone(KYIV).getHour(), type, killed, injured));
        }
        mvc.perform(post("/api/v1/incidents/imports").param("source", "stats-oracle")
                        .with(httpBasic("admin", ADMIN)).contentType("text/csv").content(csv.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(600))
                .andExpect(jsonPath("$.rejected").value(0));
    }

    /** The oracle: incidents, known killed, known injured per key tuple. */
    Map<List<Object>, List<Long>> oracle(List<String> by, java.util.function.Predicate<Expected> which) {
        Map<List<Object>, List<Long>> sums = new HashMap<>();
        for (Expected e : expected) {
            if (!which.test(e)) {
                continue;
            }
            List<Object> key = by.stream().map(e::key).toList();
            List<Long> s = sums.computeIfAbsent(key, k -> new ArrayList<>(List.of(0L, 0L, 0L)));
            s.set(0, s.get(0) + 1);
            s.set(1, s.get(1) + (e.killed() == null ? 0 : e.killed()));
            s.set(2, s.get(2) + (e.injured() == null ? 0 : e.injured()));
        }
        return sums;
    }

    Map<List<Object>, List<Long>> answer(List<String> by, String from, String to, String type) throws Exception {
        var call = get("/api/v1/incidents/stats").param("by", String.join(",", by)).param("from", from)
                .param("to", to);
        if (type != null) {
            call.param("type", type);
        }
        JsonNode body = json.readTree(mvc.perform(call).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(body.get("timeZone").asString()).isEqualTo("Europe/Kyiv");
        Map<List<Object>, List<Long>> sums = new HashMap<>();
        for (JsonNode row : body.get("rows")) {
            assertThat(row.propertyNames()).containsExactlyInAnyOrderElementsOf(concat(by,
                    List.of("incidents", "killed", "injured", "killedUnknown", "injuredUnknown")));
            List<Object> key = new ArrayList<>();
            for (String k : by) {
                JsonNode v = row.get(k);
                key.add(v.isNull() ? null : v.isNumber() ? (Object) v.asInt() : v.asString());
            }
            assertThat(sums.put(key, List.of(row.get("incidents").asLong(), row.get("killed").asLong(),
                    row.get("injured").asLong()))).as("one row per key %s", key).isNull();
        }
        return sums;
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void everyKeyAndEveryPairMatchTheOracle() throws Exception {
        List<List<String>> groupings = new ArrayList<>();
        for (String a : KEYS) {
            groupings.add(List.of(a));
            for (String b : KEYS) {
                if (!a.equals(b)) {
                    groupings.add(List.of(a, b));
                }
            }
        }
        for (List<String> by : groupings) {
            assertThat(answer(by, "2019-01-01", "2019-12-31", null)).as("by=%s", by)
                    .isEqualTo(oracle(by, e -> true));
        }
    }

    @Test
    void filtersByDaysAndTypes() throws Exception {
        LocalDate from = LocalDate.of(2019, 3, 30);
        LocalDate to = LocalDate.of(2019, 4, 1);
        assertThat(answer(List.of("district", "hour"), from.toString(), to.toString(), "missile,drone"))
                .isEqualTo(oracle(List.of("district", "hour"), e -> !e.day().isBefore(from) && !e.day().isAfter(to)
                        && (e.type().equals("missile") || e.type().equals("drone"))));
        assertThat(answer(List.of("day"), "2019-10-27", "2019-10-27", null))
                .isEqualTo(oracle(List.of("day"), e -> e.day().equals(LocalDate.of(2019, 10, 27))));
    }

    @Test
    void badParametersAreNamed() throws Exception {
        for (String by : List.of("year", "district,day,hour", "day,day", "", "district;day")) {
            mvc.perform(get("/api/v1/incidents/stats").param("by", by))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("by"));
        }
        mvc.perform(get("/api/v1/incidents/stats")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("by"));
        mvc.perform(get("/api/v1/incidents/stats").param("by", "day").param("from", "2019-02-30"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/incidents/stats").param("by", "day").param("from", "2019-02-01")
                        .param("to", "2019-01-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/incidents/stats").param("by", "day").param("type", "bomb"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("type"));
    }

    @Test
    void theDistrictSummaryMatchesTheRegister() throws Exception {
        StatsConsistency.assertMatchesRegister(jdbc);
        JsonNode summary = json.readTree(mvc.perform(get("/api/v1/incidents/districts/summary"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        LocalDate today = LocalDate.parse(summary.get("today").asString());
        assertThat(summary.get("districts")).hasSize(9);
        List<JsonNode> rows = new ArrayList<>();
        summary.get("districts").forEach(rows::add);
        rows.add(summary.get("outsideCityOrUnknown"));
        for (JsonNode row : rows) {
            String code = row.get("district").isNull() ? null : row.get("district").asString();
            String where = code == null ? "district_code IS NULL" : "district_code = '" + code + "'";
            Map<String, Object> truth = jdbc.sql("SELECT COUNT(*) AS n, COALESCE(SUM(killed), 0) AS k,"
                    + " COALESCE(SUM(injured), 0) AS i, MAX(occurred_at) AS last FROM incidents_incident WHERE "
                    + where).query().singleRow();
            long n = ((Number) truth.get("n")).longValue();
            assertThat(row.get("incidents").asLong()).as("incidents of %s", code).isEqualTo(n);
            assertThat(row.get("killed").asLong()).isEqualTo(((Number) truth.get("k")).longValue());
            assertThat(row.get("injured").asLong()).isEqualTo(((Number) truth.get("i")).longValue());
            List<Integer> busiest = jdbc.sql("SELECT local_hour FROM incidents_incident WHERE " + where
                    + " AND local_hour IS NOT NULL GROUP BY local_hour ORDER BY COUNT(*) DESC, local_hour LIMIT 1")
                    .query(Integer.class).list();
            assertThat(row.get("busiestHour").isNull() ? null : row.get("busiestHour").asInt())
                    .isEqualTo(busiest.isEmpty() ? null : busiest.get(0));
            if (n == 0) {
                assertThat(row.get("lastStrikeAt").isNull()).isTrue();
                continue;
            }
            Instant last = jdbc.sql("SELECT MAX(occurred_at) FROM incidents_incident WHERE " + where)
                    .query((rs, x) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant()).single();
            assertThat(Instant.parse(row.get("lastStrikeAt").asString())).isEqualTo(last);
            assertThat(row.get("daysSinceLastStrike").asLong())
                    .isEqualTo(ChronoUnit.DAYS.between(last.atZone(KYIV).toLocalDate(), today));
            if (code != null) {
                double area = districts.byCode(code).orElseThrow().areaKm2();
                assertThat(row.get("areaKm2").asDouble()).isEqualTo(area);
                assertThat(row.get("strikesPerKm2").asDouble()).isCloseTo(n / area, org.assertj.core.data.Offset
                        .offset(0.0005));
            }
        }
        // Hours of day over all time come from their own small table: against the whole register.
        JsonNode byHour = json.readTree(mvc.perform(get("/api/v1/incidents/stats").param("by", "district,hour"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("rows");
        Map<String, Long> answered = new HashMap<>();
        byHour.forEach(r -> answered.put(r.get("district").asString("-") + "|" + r.get("hour").asString("-"),
                r.get("incidents").asLong()));
        Map<String, Long> truth = new HashMap<>();
        jdbc.sql("SELECT COALESCE(district_code, '-'), COALESCE(CAST(local_hour AS VARCHAR(2)), '-'), COUNT(*)"
                        + " FROM incidents_incident GROUP BY district_code, local_hour")
                .query(rs -> {
                    truth.put(rs.getString(1) + "|" + rs.getString(2), rs.getLong(3));
                });
        assertThat(answered).isEqualTo(truth);
        // The generated year alone puts incidents in every district.
        rows.subList(0, 9).forEach(r -> assertThat(r.get("incidents").asLong()).isPositive());
    }
}
