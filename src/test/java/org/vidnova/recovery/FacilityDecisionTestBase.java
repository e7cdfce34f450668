package org.vidnova.recovery;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;

/**
 * Facilities of a damage source of their own, each test's set at a place of its own (2 km or more from the
 * others', as the nearest search reads the whole register): school 7 (an institution of two
 * blocks, 600 pupils; one block destroyed and not rebuildable, the other moderately damaged and rebuildable),
 * school 8 (400 pupils, 200 m away, never assessed: usable), school 9 (no institution, 1.5 km away, graded 0),
 * school 10 (destroyed, 300 m away: not usable), kindergarten 3 (120 children, beside school 7, usable) and a
 * destroyed residential building (not a facility).
 */
abstract class FacilityDecisionTestBase extends RecoveryTestBase {

    static final String ADMIN = "test-admin-password-1234";
    /** The next free place: sets 0.03° apart, six to a row, in the city's middle. */
    private static final java.util.concurrent.atomic.AtomicInteger SLOT = new java.util.concurrent.atomic.AtomicInteger();

    double lat;
    double lon;

    String facilities;
    long school7;
    long school7b;
    long school8;
    long school9;
    long school10;
    long kindergarten;
    long home;

    @BeforeEach
    void facilities() throws Exception {
        facilities = source();
        int slot = SLOT.getAndIncrement() % 18;
        lat = 49.950 + 0.03 * (slot / 6);
        lon = 36.220 + 0.03 * (slot % 6);
        final double LAT = lat;
        final double LON = lon;
        upload("/api/v1/damage/institutions/imports", "external_id,name,use,capacity_pupils,capacity_children\n"
                + "I7,Школа №7,school,600,\nI8,Школа №8,school,400,\nK3,Садочок №3,kindergarten,,120\n", 3);
        upload("/api/v1/damage/buildings/imports", "external_id,address,lat,lon,use,name,institution\n"
                + "S7A,\"вул. Тестова, 7\"," + LAT + "," + LON + ",school,Школа №7 корпус А,I7\n"
                + "S7B,\"вул. Тестова, 7б\"," + (LAT + 0.0004) + "," + LON + ",school,Школа №7 корпус Б,I7\n"
                + "S8,\"вул. Тестова, 8\"," + (LAT + 0.0018) + "," + LON + ",school,,I8\n"
                + "S9,\"вул. Тестова, 9\"," + (LAT + 0.0135) + "," + LON + ",school,Школа №9,\n"
                + "S10,\"вул. Тестова, 10\"," + (LAT - 0.0027) + "," + LON + ",school,Школа №10,\n"
                + "K3,\"вул. Тестова, 3\"," + LAT + "," + (LON + 0.0003) + ",kindergarten,,K3\n"
                + "H1,\"вул. Тестова, 1\"," + LAT + "," + (LON - 0.0003) + ",residential,,\n", 7);
        String day = LocalDate.now().minusDays(3).toString();
        upload("/api/v1/damage/assessments/imports", "external_id,building_external_id,assessed_on,assessor,"
                + "native_class,rebuildable\n"
                + "A1,S7A," + day + ",commission,commission:destroyed,no\n"
                + "A2,S7B," + day + ",inspector,ems98:2,yes\n"
                + "A3,S9," + day + ",inspector,vidnova:0,\n"
                + "A4,S10," + day + ",satellite,unosat:destroyed,\n"
                + "A5,H1," + day + ",satellite,unosat:destroyed,\n", 5);
        school7 = building("S7A");
        school7b = building("S7B");
        school8 = building("S8");
        school9 = building("S9");
        school10 = building("S10");
        kindergarten = building("K3");
        home = building("H1");
    }

    private void upload(String path, String csv, int accepted) throws Exception {
        mvc.perform(post(path).param("source", facilities).contentType("text/csv")
                .content(csv.getBytes(StandardCharsets.UTF_8)).with(httpBasic("admin", ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(accepted));
    }

    long building(String externalId) {
        return jdbc.sql("SELECT id FROM damage_building WHERE source = :s AND external_id = :e")
                .param("s", facilities).param("e", externalId).query(Long.class).single();
    }

    String decisionsPath(long buildingId) {
        return "/api/v1/recovery/facilities/" + buildingId + "/decisions";
    }
}
