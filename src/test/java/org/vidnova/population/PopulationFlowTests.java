package org.vidnova.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.vidnova.disclosure.Disclosure;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports of registrations and counts, and the estimate they feed. Each test uses its own sources and a day of its
 * own far in the future; since the estimate is cumulative, it asserts the day's flows and the change from the day
 * before, never totals other tests can move.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PopulationFlowTests {

    static final String ADMIN = "test-admin-password-1234";
    static final String REGISTRATIONS = "external_id,date,district,direction,household_size,other_place";
    static final String COUNTS = "external_id,date,district,direction,people,low,high";
    static final String SALTIVSKYI = "UA63120270010315719";
    static final String KYIVSKYI = "UA63120270010216514";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    PopulationFigures figures;
    @Autowired
    Disclosure disclosure;

    static String source() {
        return "pop-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A day no other test uses: the estimate's changes on it are this test's alone. */
    static LocalDate day() {
        return LocalDate.of(2040, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(50 * 365));
    }

    ResultActions importCsv(String kind, String source, String csv) throws Exception {
        return mvc.perform(post("/api/v1/population/" + kind + "/imports").param("source", source)
                .with(httpBasic("admin", ADMIN)).contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)));
    }

    /** The estimate rows of {@code district} for the day before and the day. */
    JsonNode twoDays(String district, LocalDate day) throws Exception {
        String body = mvc.perform(get("/api/v1/population/estimate").param("from", day.minusDays(1).toString())
                .param("to", day.toString()).param("district", district).with(httpBasic("admin", ADMIN)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JsonNode rows = json.readTree(body).get("rows");
        assertThat(rows.size()).isEqualTo(2);
        return rows;
    }

    long audited(String entity) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = :e").param("e", entity)
                .query(Long.class).single();
    }

    @Test
    void registrationsByCodeOrAnyNameCountInTheDayAndReimportChangesNothing() throws Exception {
        String source = source();
        LocalDate d = day();
        String csv = "\uFEFF" + REGISTRATIONS.toUpperCase().replace(',', ';') + "\n"
                + "R1;" + d + ";Московський район;left;3;Польща\n"
                + "R2;" + d + ";" + SALTIVSKYI + ";LEFT;2;Львів\n"
                + "R3;" + d + ";Saltivskyi;returned;4;\"Львів; область\"\n"
                + "R4;" + DateTimeFormatter.ofPattern("dd.MM.uuuu").format(d) + ";салтівський;arrived;5;Ізюм\n";
        importCsv("registrations", source, csv).andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(4)).andExpect(jsonPath("$.created").value(4))
                .andExpect(jsonPath("$.rejected").value(0));
        JsonNode rows = twoDays(SALTIVSKYI, d);
        JsonNode today = rows.get(1);
        assertThat(today.get("day").asString()).isEqualTo(d.toString());
        assertThat(today.get("departures").asLong()).isEqualTo(5);
        assertThat(today.get("returns").asLong()).isEqualTo(4);
        assertThat(today.get("arrivals").asLong()).isEqualTo(5);
        assertThat(today.get("net").asLong()).isEqualTo(4);
        assertThat(today.get("estimate").asLong() - rows.get(0).get("estimate").asLong()).isEqualTo(4);
        assertThat(today.get("high").asLong() - today.get("low").asLong())
                .as("registrations are exact: the interval does not widen")
                .isEqualTo(rows.get(0).get("high").asLong() - rows.get(0).get("low").asLong());

        long audits = audited("population_registration");
        importCsv("registrations", source, csv).andExpect(status().isOk())
                .andExpect(jsonPath("$.unchanged").value(4)).andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0));
        assertThat(audited("population_registration")).as("a re-import writes nothing").isEqualTo(audits);
        assertThat(twoDays(SALTIVSKYI, d).get(1).get("departures").asLong()).isEqualTo(5);

        // R1 was a return after all, registered a day later: both days' sums follow.
        importCsv("registrations", source, REGISTRATIONS + "\nR1," + d.plusDays(1) + ",Saltivskyi,returned,3,\n")
                .andExpect(jsonPath("$.updated").value(1));
        assertThat(twoDays(SALTIVSKYI, d).get(1).get("departures").asLong()).isEqualTo(2);
        JsonNode next = twoDays(SALTIVSKYI, d.plusDays(1)).get(1);
        assertThat(next.get("returns").asLong()).isEqualTo(3);
        assertThat(audited("population_registration")).isEqualTo(audits + 1);
    }

    @Test
    void registrationsAndAggregatesOverlapByTheLargerWithTheIntervalWidened() throws Exception {
        LocalDate d = day();
        importCsv("registrations", source(), REGISTRATIONS + "\n"
                + "K1," + d + ",Kyivskyi,returned,6,\nK2," + d + ",Kyivskyi,returned,4,\n"
                + "K3," + d + ",Kyivskyi,arrived,8,\n").andExpect(jsonPath("$.created").value(3));
        importCsv("counts", source(), COUNTS + "\n" + "C1," + d + ",Kyivskyi,returned,30,20,50\n"
                + "C2," + d + ",Kyivskyi,left,100,,\n" + "C3," + d + ",Kyivskyi,arrived,5,3,7\n")
                .andExpect(jsonPath("$.created").value(3));
        importCsv("counts", source(), COUNTS + "\n" + "T1," + d + ",Київський район,returned,25,10,60\n")
                .andExpect(jsonPath("$.created").value(1));

        JsonNode rows = twoDays(KYIVSKYI, d);
        JsonNode today = rows.get(1);
        assertThat(today.get("returns").asLong()).as("the larger source, not the sum").isEqualTo(30);
        assertThat(today.get("departures").asLong()).isEqualTo(100);
        assertThat(today.get("arrivals").asLong()).as("registrations above the count").isEqualTo(8);
        assertThat(today.get("estimate").asLong() - rows.get(0).get("estimate").asLong()).isEqualTo(30 + 8 - 100);
        long widened = (today.get("high").asLong() - today.get("low").asLong())
                - (rows.get(0).get("high").asLong() - rows.get(0).get("low").asLong());
        assertThat(widened).as("returns 10..60 widen by 50; departures and arrivals are exact").isEqualTo(50);

        mvc.perform(get("/api/v1/population/returns").param("from", d.toString()).param("to", d.toString())
                        .param("district", "Kyivskyi").with(httpBasic("admin", ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].returns").value(30))
                .andExpect(jsonPath("$.rows[0].returnsLow").value(10))
                .andExpect(jsonPath("$.rows[0].returnsHigh").value(60))
                .andExpect(jsonPath("$.rows[0].returnedHouseholds").value(2))
                .andExpect(jsonPath("$.rows[0].netReturns").value(30 - 100))
                .andExpect(jsonPath("$.method").isString());
    }

    @Test
    void badRowsAreReportedWithLineAndFieldAndGoodRowsStay() throws Exception {
        String source = source();
        LocalDate d = day();
        String csv = REGISTRATIONS + ",building_source,building_external_id\n"
                + "B1," + d + ",Atlantis,left,2,,,\n"
                + "B2," + d + ",Saltivskyi,sideways,2,,,\n"
                + "B3,2022-02-31,Saltivskyi,left,2,,,\n"
                + "B4," + d + ",Saltivskyi,left,0,,,\n"
                + "B5," + d + ",Saltivskyi,left,2,Київ,,\n"
                + "B5," + d + ",Saltivskyi,left,3,Київ,,\n"
                + "B6," + d + ",Saltivskyi,returned,2,,damage-src,\n"
                + "B7," + d + ",Saltivskyi,returned,2,,damage-src,H-7\n";
        importCsv("registrations", source, csv).andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(2)).andExpect(jsonPath("$.rejected").value(6))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("district"))
                .andExpect(jsonPath("$.errors[1].field").value("direction"))
                .andExpect(jsonPath("$.errors[2].field").value("date"))
                .andExpect(jsonPath("$.errors[3].field").value("household_size"))
                .andExpect(jsonPath("$.errors[4].line").value(8))
                .andExpect(jsonPath("$.errors[4].field").value("building_external_id"))
                .andExpect(jsonPath("$.errors[5].line").value(7))
                .andExpect(jsonPath("$.errors[5].message").value("appears twice in this file (first on line 6)"));
        assertThat(twoDays(SALTIVSKYI, d).get(1).get("departures").asLong()).isEqualTo(2);

        importCsv("counts", source(), COUNTS + "\n" + "X1," + d + ",Saltivskyi,left,10,11,\n"
                + "X2," + d + ",Saltivskyi,left,10,,9\n" + "X3," + d + ",Saltivskyi,left,-1,,\n")
                .andExpect(jsonPath("$.rejected").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("low"))
                .andExpect(jsonPath("$.errors[1].field").value("high"))
                .andExpect(jsonPath("$.errors[2].field").value("people"));
    }

    @Test
    void anUnreadableFileIsA400AndChangesNothing() throws Exception {
        String source = source();
        importCsv("registrations", source, "external_id,date,district,direction,other_place\nU1,2041-01-01,"
                + "Saltivskyi,left,\n").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("household_size"));
        byte[] latin1 = (REGISTRATIONS + "\nU2,2041-01-01,Saltivskyi,left,2,Bern\u00e9\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(multipart("/api/v1/population/registrations/imports").file(new MockMultipartFile("file",
                        "r.csv", "text/csv", latin1)).param("source", source).with(httpBasic("admin", ADMIN)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM population_registration WHERE source = :s").param("s", source)
                .query(Long.class).single()).isZero();
        importCsv("counts", source, "external_id,date,district,direction,people\n")
                .andExpect(status().isBadRequest());
    }

    @Test
    void everyDistrictGetsARowPerDayWithItsPreWarBaseline() throws Exception {
        mvc.perform(get("/api/v1/population/estimate").param("from", "2013-12-31").param("to", "2014-01-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        // Before any flow can be recorded, each district is at its pre-war population (geo).
        mvc.perform(get("/api/v1/population/estimate").param("from", "2014-01-01").param("to", "2014-01-02"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(18))
                .andExpect(jsonPath("$.rows[?(@.district == '" + SALTIVSKYI + "')].estimate")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(302600))))
                .andExpect(jsonPath("$.method").value(org.hamcrest.Matchers.containsString("larger")));
    }

    @Test
    void returnsToARuinAreWarnedAndCountedAndTheDashboardSumsTheDistricts() throws Exception {
        String source = source();
        LocalDate d = day();
        mvc.perform(post("/api/v1/damage/buildings/imports").param("source", source).with(httpBasic("admin", ADMIN))
                .contentType("text/csv").content("external_id,address,lat,lon,use,name,floors,housing_units,residents,"
                        + "year_built,heritage\nH1,Sumska 1,50.0000,36.2300,residential,House one,5,40,,,none\n"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
        mvc.perform(post("/api/v1/damage/assessments/imports").param("source", source)
                .with(httpBasic("admin", ADMIN)).contentType("text/csv").content("external_id,building_source,"
                        + "building_external_id,assessed_on,assessor,native_class,units_damaged,units_destroyed,"
                        + "habitable,rebuildable,incident_id,notes\nA1,,H1,2022-03-10,inspector,ems98:5,,40,false,no,,\n"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
        importCsv("registrations", source, REGISTRATIONS + ",building_source,building_external_id\n"
                + "P1," + d + ",Shevchenkivskyi,returned,3,Kyiv," + source + ",H1\n"
                + "P2," + d + ",Shevchenkivskyi,returned,2,Kyiv," + source + ",H-unknown\n")
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.warnings.length()").value(1))
                .andExpect(jsonPath("$.warnings[0].line").value(2))
                .andExpect(jsonPath("$.warnings[0].field").value("building_external_id"));

        String body = mvc.perform(get("/api/v1/population/capacity").param("asOf", d.toString()).param("days", "1")
                        .with(httpBasic("admin", ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.districts.length()").value(9))
                .andExpect(jsonPath("$.rule").isString())
                .andReturn().getResponse().getContentAsString();
        JsonNode capacity = json.readTree(body);
        long ruins = 0;
        for (JsonNode n : capacity.get("returnsToUninhabitable")) {
            ruins += n.asLong();
        }
        assertThat(ruins).as("P1 only: P2's building is not in the register").isEqualTo(1);
        for (JsonNode district : capacity.get("districts")) {
            if (district.get("district").asString().equals("UA63120270010948820")) {
                assertThat(district.get("returningHouseholds").asLong()).isEqualTo(2);
                assertThat(district.get("returningPeople").asLong()).isEqualTo(5);
            }
        }

        // Staff figures: the public's hold small flows back (see smallFlowsAreHeldBackForThePublicAndStaffSeeTheRegister).
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "analyst", null, List.of(new SimpleGrantedAuthority("ROLE_ANALYST"))));
        PopulationFigures.PresentPopulation present;
        List<PopulationFigures.DayReturns> week;
        try {
            PopulationFigures.Week both = figures.week(d);
            present = both.present();
            week = both.returns();
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(present.districts()).hasSize(9);
        assertThat(present.city().estimate())
                .isEqualTo(present.districts().stream().mapToLong(PopulationFigures.Present::estimate).sum());
        assertThat(present.city().low()).isLessThanOrEqualTo(present.city().estimate());
        assertThat(week).hasSize(7);
        assertThat(week.get(6).day()).isEqualTo(d);
        assertThat(week.get(6).returns()).isEqualTo(5);
        assertThat(week.get(6).households()).isEqualTo(2);

        mvc.perform(get("/api/v1/population/capacity").param("days", "0"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("days"));
        mvc.perform(get("/api/v1/population/capacity").param("asOf", "soon"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("asOf"));
    }

    @Test
    void parametersAreCheckedAndNamed() throws Exception {
        mvc.perform(get("/api/v1/population/estimate").param("from", "2022-03-05").param("to", "2022-03-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/population/estimate").param("to", "yesterday"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/population/returns").param("district", "Atlantis"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("district"));
        mvc.perform(get("/api/v1/population/estimate").param("from", "2014-01-01").param("to", "2030-01-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/population/estimate").param("district", "Saltivskyi"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows[0].district").value(SALTIVSKYI));
        mvc.perform(post("/api/v1/population/counts/imports").param("source", "bad source!")
                .with(httpBasic("admin", ADMIN)).contentType("text/csv").content(COUNTS + "\n"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void smallFlowsAreHeldBackForThePublicAndStaffSeeTheRegister() throws Exception {
        int smallest = disclosure.policy().smallestCount();
        assertThat(smallest).as("the default policy holds small counts").isGreaterThan(1);
        // Days after every other test's: a large count first releases whatever earlier tests left held, then the
        // small flow of the next day is this test's alone. Fixed ids: a second run changes nothing.
        LocalDate flush = LocalDate.of(2099, 6, 1);
        LocalDate small = flush.plusDays(1);
        LocalDate large = flush.plusDays(2);
        importCsv("counts", "held-back-test", COUNTS + "\nHB0," + flush + ",Nemyshlianskyi,left,5000,,\n"
                + "HB9," + large + ",Nemyshlianskyi,left,500,,\n").andExpect(status().isOk());
        StringBuilder few = new StringBuilder(REGISTRATIONS);
        for (int i = 1; i < smallest; i++) {
            few.append("\nHB").append(i).append(',').append(small).append(",Nemyshlianskyi,left,4,");
        }
        importCsv("registrations", "held-back-test", few.toString()).andExpect(status().isOk());
        long people = 4L * (smallest - 1);

        String query = "/api/v1/population/estimate?district=Nemyshlianskyi&from=" + flush + "&to=" + large;
        JsonNode staff = json.readTree(mvc.perform(get(query).with(httpBasic("admin", ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        JsonNode open = json.readTree(mvc.perform(get(query)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(staff.at("/rows/1/departures").asLong()).isEqualTo(people);
        assertThat(open.at("/rows/1/departures").asLong()).as("fewer households than the policy's smallest count")
                .isZero();
        assertThat(open.at("/rows/1/estimate").asLong()).as("nor does the estimate's change show them")
                .isEqualTo(open.at("/rows/0/estimate").asLong());
        assertThat(open.at("/rows/2/departures").asLong()).as("released with the next large enough flow")
                .isEqualTo(500 + people);
        assertThat(open.at("/rows/2/estimate").asLong()).as("and the series meets the register again")
                .isEqualTo(staff.at("/rows/2/estimate").asLong());
        assertThat(open.get("method").asString()).contains("at least " + smallest + " households");
        assertThat(staff.get("method").asString()).doesNotContain("Published for the public");
    }
}
