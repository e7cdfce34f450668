package org.vidnova.damage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * The public indicators: homes damaged, destroyed and uninhabitable, displaced people, facilities by state, and
 * coverage, as of a day. Other tests share the city, so each figure is compared before and after this test's
 * imports; its assessments are dated 2019, which no other test uses.
 */
class DamageIndicatorsTests extends DamageTestBase {

    JsonNode indicators(String asOf) throws Exception {
        return getJson("/api/v1/damage/indicators?asOf=" + asOf);
    }

    static JsonNode district(JsonNode answer, String code) {
        return StreamSupport.stream(answer.get("districts").spliterator(), false)
                .filter(d -> d.get("code").asString().equals(code)).findFirst().orElseThrow();
    }

    static long delta(JsonNode before, JsonNode after, String... path) {
        JsonNode b = before;
        JsonNode a = after;
        for (String p : path) {
            b = b.path(p);
            a = a.path(p);
        }
        return a.asLong() - b.asLong();
    }

    @Test
    void figuresFollowTheRuleAndOnlyAssessmentsUpToTheDayCount() throws Exception {
        JsonNode before = indicators("2019-12-31");
        JsonNode beforeMarch = indicators("2019-03-15");
        JsonNode beforeJanuary = indicators("2019-01-15");
        String source = source();
        buildings(source, BUILDINGS + "\n"
                + "R1,,50.005,36.229,residential,,9,100,200,,\n"  // residents known
                + "R2,,50.005,36.229,residential,,5,40,,,\n"      // residents unknown: 2.3 per home
                + "R3,,50.005,36.229,residential,,5,10,,,\n"      // never assessed
                + "S1,,50.005,36.229,school,,3,0,,,\n"
                + "S2,,50.005,36.229,school,,3,0,,,\n"
                + "K1,,50.005,36.229,kindergarten,,2,0,,,\n").andExpect(jsonPath("$.accepted").value(6));
        assessments(source, ASSESSMENTS + "\n"
                // R1: half its homes uninhabitable by the counts given (habitable not stated).
                + "A1,,R1,2019-03-01,inspector,ems98:3,50,50,,yes,,\n"
                // R2: destroyed in June; before that, a citizen said slight damage.
                + "A2,,R2,2019-02-01,citizen,report:damaged,,,true,,,\n"
                + "A3,,R2,2019-06-01,satellite,unosat:destroyed,,,,no,,\n"
                + "A4,,S1,2019-03-01,commission,commission:capital_repair,,,false,yes,,\n"
                + "A5,,S2,2019-03-01,inspector,vidnova:0,,,,,,\n").andExpect(jsonPath("$.accepted").value(5));

        JsonNode after = indicators("2019-12-31");
        assertThat(after.get("asOf").asString()).isEqualTo("2019-12-31");
        JsonNode city = after.get("city");
        assertThat(city.has("unitsDamagedShare")).isTrue();
        assertThat(delta(before, after, "city", "housingUnits")).isEqualTo(150);
        assertThat(delta(before, after, "city", "unitsDamaged")).isEqualTo(50);
        assertThat(delta(before, after, "city", "unitsDestroyed")).isEqualTo(50 + 40);
        assertThat(delta(before, after, "city", "unitsUninhabitable")).isEqualTo(50 + 40);
        // R1: 200 residents × 50/100 homes; R2: 40 homes × 2.3.
        assertThat(delta(before, after, "city", "displacedPeople")).isEqualTo(100 + 92);
        assertThat(delta(before, after, "city", "buildingsAssessed")).isEqualTo(4);
        assertThat(delta(before, after, "city", "buildingsNotAssessed")).isEqualTo(2);
        assertThat(delta(before, after, "city", "facilities", "school", "damaged")).isEqualTo(1);
        assertThat(delta(before, after, "city", "facilities", "school", "rebuildable")).isEqualTo(1);
        assertThat(delta(before, after, "city", "facilities", "school", "operational")).isEqualTo(1);
        assertThat(delta(before, after, "city", "facilities", "kindergarten", "operational")).isEqualTo(1);
        assertThat(delta(before, after, "city", "facilities", "kindergarten", "notAssessed")).isEqualTo(1);
        JsonNode districtBefore = district(before, SHEVCHENKIVSKYI);
        JsonNode districtAfter = district(after, SHEVCHENKIVSKYI);
        assertThat(districtAfter.get("nameEn").asString()).startsWith("Shevchenk");
        assertThat(delta(districtBefore, districtAfter, "displacedPeople")).isEqualTo(192);
        assertThat(delta(districtBefore, districtAfter, "unitsDestroyed")).isEqualTo(90);

        // In mid-March R2 was only slightly damaged and habitable; the June satellite image does not count yet.
        JsonNode march = indicators("2019-03-15");
        assertThat(delta(beforeMarch, march, "city", "unitsDamaged")).isEqualTo(50 + 40);
        assertThat(delta(beforeMarch, march, "city", "unitsDestroyed")).isEqualTo(50);
        assertThat(delta(beforeMarch, march, "city", "unitsUninhabitable")).isEqualTo(50);
        assertThat(delta(beforeMarch, march, "city", "buildingsAssessed")).isEqualTo(4);
        JsonNode january = indicators("2019-01-15");
        assertThat(delta(beforeJanuary, january, "city", "buildingsAssessed")).isZero();
        assertThat(delta(beforeJanuary, january, "city", "buildingsNotAssessed")).isEqualTo(6);
    }

    @Test
    void theStateKeptOnEachBuildingEqualsTheRuleOverAllAssessments(@Autowired DamageIndicators indicators)
            throws Exception {
        String source = source();
        buildings(source, BUILDINGS + "\nK1,,50.005,36.229,residential,,5,30,,,\n").andExpect(status().isOk());
        assessments(source, ASSESSMENTS + "\nA1,,K1,2019-02-01,satellite,unosat:severe,,,false,,,\n"
                + "A2,,K1,2019-01-01,inspector,ems98:2,,,,,,\n").andExpect(jsonPath("$.accepted").value(2));
        java.time.LocalDate future = java.time.LocalDate.of(2099, 1, 1);
        assertThat(json.valueToTree(indicators.asOf(future, true)).toString())
                .isEqualTo(json.valueToTree(indicators.asOf(future, false)).toString());
    }

    @Test
    void theHomePageFiguresFollowEveryImportThoughTheyAreCached(@Autowired DamageFigures figures,
            @Autowired DamageIndicators indicators) throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(org.vidnova.web.ImportTimes.KYIV);
        HousingFigures before = figures.asOf(today);
        assertThat(indicators.asOf(today)).isSameAs(indicators.asOf(today));
        String source = source();
        buildings(source, BUILDINGS + "\nK1,,50.005,36.229,kindergarten,,2,0,,,\n"
                + "R1,,50.005,36.229,residential,,5,30,,,\n").andExpect(jsonPath("$.accepted").value(2));
        HousingFigures built = figures.asOf(today);
        assertThat(built.buildings() - before.buildings()).isEqualTo(2);
        assessments(source, ASSESSMENTS + "\nA1,,K1,2019-05-01,commission,commission:destroyed,,,,,,\n"
                + "A2,,R1,2019-05-01,inspector,ems98:5,,,,,,\n").andExpect(jsonPath("$.accepted").value(2));
        HousingFigures after = figures.asOf(today);
        assertThat(after.kindergartensDestroyed() - built.kindergartensDestroyed()).isEqualTo(1);
        assertThat(after.unitsDestroyed() - built.unitsDestroyed()).isEqualTo(30);
        assertThat(after.buildingsAssessed() - built.buildingsAssessed()).isEqualTo(2);
    }

    @Test
    void anImportComputesTodaysFiguresAheadSoTheNextVisitorDoesNotWait(@Autowired DamageIndicators indicators)
            throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(org.vidnova.web.ImportTimes.KYIV);
        buildings(source(), BUILDINGS + "\nW1,,50.006,36.229,residential,,5,12,,,\n")
                .andExpect(jsonPath("$.accepted").value(1));
        // Computed in the background after the import committed: within a while, with no reader asking.
        awaitReady(indicators, today);
        long computed = indicators.computations();
        indicators.asOf(today);
        assertThat(indicators.computations()).as("the first reader after the import computed nothing")
                .isEqualTo(computed);
    }

    @Test
    void readersArrivingTogetherShareOneComputation(@Autowired DamageIndicators indicators) throws Exception {
        java.time.LocalDate day = java.time.LocalDate.of(2019, 12, 31);
        buildings(source(), BUILDINGS + "\nT1,,50.006,36.229,residential,,5,12,,,\n")
                .andExpect(jsonPath("$.accepted").value(1));
        awaitReady(indicators, java.time.LocalDate.now(org.vidnova.web.ImportTimes.KYIV));
        long before = indicators.computations();
        java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<java.util.Map<String, Object>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(readers.submit(() -> {
                    start.await();
                    return indicators.asOf(day);
                }));
            }
            start.countDown();
            java.util.Set<Object> distinct = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (var answer : answers) {
                distinct.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(distinct).as("one answer object for all eight").hasSize(1);
        } finally {
            readers.shutdownNow();
        }
        assertThat(indicators.computations() - before).isEqualTo(1);
    }

    private static void awaitReady(DamageIndicators indicators, java.time.LocalDate day) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (!indicators.ready(day) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(indicators.ready(day)).as("indicators of " + day + " computed ahead of any reader").isTrue();
    }

    @Test
    void aCorrectedGradeOfTheCurrentAssessmentReachesItsBuilding() throws Exception {
        String source = source();
        buildings(source, BUILDINGS + "\nK1,,50.005,36.229,residential,,5,30,,,\n").andExpect(status().isOk());
        assessments(source, ASSESSMENTS + "\nA1,,K1,2019-02-01,inspector,ems98:2,,,,,,\n")
                .andExpect(jsonPath("$.created").value(1));
        long id = buildingId(source, "K1");
        assertThat(getJson("/api/v1/damage/buildings/" + id).get("grade").asInt()).isEqualTo(2);
        assessments(source, ASSESSMENTS + "\nA1,,K1,2019-02-01,inspector,ems98:5,,,,,,\n")
                .andExpect(jsonPath("$.updated").value(1));
        assertThat(getJson("/api/v1/damage/buildings/" + id).get("grade").asInt()).isEqualTo(4);
        assessments(source, ASSESSMENTS + "\nA2,,K1,2019-01-01,satellite,unosat:moderate,,,,,,\n")
                .andExpect(jsonPath("$.created").value(1));
        assertThat(getJson("/api/v1/damage/buildings/" + id).get("grade").asInt()).isEqualTo(4);
    }

    @Test
    void aBadDayIs400() throws Exception {
        mvc.perform(get("/api/v1/damage/indicators").param("asOf", "yesterday")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
        mvc.perform(get("/api/v1/damage/indicators")).andExpect(status().isOk())
                .andExpect(jsonPath("$.city.housingUnits").exists())
                .andExpect(jsonPath("$.districts.length()").value(9))
                .andExpect(jsonPath("$.householdSize.default").value(2.3));
    }
}
