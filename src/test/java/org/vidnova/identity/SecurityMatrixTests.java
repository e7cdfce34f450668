package org.vidnova.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may call what: every endpoint so far, called anonymously and as each role. Extend {@link #endpoints()}
 * whenever a module adds an endpoint.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SecurityMatrixTests {

    static final String PASSWORD = "matrix-password-1234";
    static final String SHELTER_HEADER =
            "external_id,name,kind,address,lat,lon,capacity,accessible,status,district,hours,notes\n";

    static final String INCIDENT_HEADER = "external_id,occurred_at,type,lat,lon,killed,injured,source,description\n";
    static final String BUILDING_HEADER = "external_id,address,lat,lon,use,name,floors,housing_units,residents,"
            + "year_built,heritage\n";
    static final String ASSESSMENT_HEADER = "external_id,building_source,building_external_id,assessed_on,assessor,"
            + "native_class,units_damaged,units_destroyed,habitable,rebuildable,incident_id,notes\n";

    /** Caller: null is anonymous. */
    enum Caller { ANONYMOUS, REGISTRAR, ANALYST, PLANNER, ADMIN }

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void users() {
        for (Role role : Role.values()) {
            String name = "matrix-" + role.name().toLowerCase();
            if (!accounts.exists(name)) {
                accounts.create(name, PASSWORD, Set.of(role));
            }
        }
    }

    static Stream<Arguments> endpoints() {
        int open = 200;
        return Stream.of(
                row(HttpMethod.GET, "/api/v1/districts", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/districts.geojson", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/districts/UA63120270010315719", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/districts/locate?lat=50.0&lon=36.3", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/metro-stations", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/metro-stations.geojson", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/users", null, 401, 403, 403, 403, 200),
                row(HttpMethod.POST, "/api/v1/users", "NEW_USER", 401, 403, 403, 403, 201),
                row(HttpMethod.GET, "/api/v1/audit", null, 401, 403, 403, 403, 200),
                // Writes to public read endpoints are not open.
                row(HttpMethod.POST, "/api/v1/districts", "{}", 401, 405, 405, 405, 405),
                row(HttpMethod.GET, "/actuator/health", null, open, open, open, open, open),
                row(HttpMethod.GET, "/actuator/prometheus", null, 401, 403, 403, 403, 200),
                row(HttpMethod.GET, "/v3/api-docs", null, open, open, open, open, open),
                row(HttpMethod.GET, "/", null, open, open, open, open, open),
                row(HttpMethod.GET, "/login", null, open, open, open, open, open),
                // shelters
                row(HttpMethod.GET, "/api/v1/shelters", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/shelters/nearest?lat=50&lon=36.25", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/shelters/coverage", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/shelters/coverage.geojson", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/shelters.csv", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/shelters.geojson", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/shelters/999999999", null, 404, 404, 404, 404, 404),
                row(HttpMethod.GET, "/api/v1/shelters/reports", null, 401, 200, 403, 403, 200),
                row(HttpMethod.POST, "/api/v1/shelters/imports?source=matrix", "CSV:" + SHELTER_HEADER,
                        401, 200, 403, 403, 200),
                row(HttpMethod.PATCH, "/api/v1/shelters/999999999", "{\"status\":\"open\"}", 401, 404, 403, 403, 404),
                row(HttpMethod.DELETE, "/api/v1/shelters/999999999", null, 401, 403, 403, 403, 404),
                row(HttpMethod.POST, "/api/v1/shelters/999999999/reports", "{\"problem\":\"full\"}",
                        404, 404, 404, 404, 404),
                row(HttpMethod.POST, "/api/v1/shelters/reports/999999999/check", "{\"outcome\":\"confirmed\"}",
                        401, 404, 403, 403, 404),
                row(HttpMethod.GET, "/api/v1/alerts/active", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/alerts/active.cap", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/alerts/history?from=2022-03-01&to=2022-03-02", null,
                        open, open, open, open, open),
                row(HttpMethod.POST, "/api/v1/alerts", "{\"districts\":\"all\",\"type\":\"other\"}",
                        401, 201, 403, 403, 201),
                row(HttpMethod.POST, "/api/v1/alerts/999999999/end", null, 401, 404, 403, 403, 404),
                row(HttpMethod.GET, "/shelters", null, open, open, open, open, open),
                row(HttpMethod.GET, "/shelters/coverage", null, open, open, open, open, open),
                row(HttpMethod.GET, "/shelters/manage", null, 401, 200, 403, 403, 200),
                row(HttpMethod.GET, "/sw.js", null, open, open, open, open, open),
                // incidents (2001 belongs to these rows)
                row(HttpMethod.GET, "/api/v1/incidents", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/incidents/999999999", null, 404, 404, 404, 404, 404),
                row(HttpMethod.GET, "/api/v1/incidents.csv", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/incidents.geojson", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/incidents/stats?by=district,month", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/incidents/stats?by=year", null, 400, 400, 400, 400, 400),
                row(HttpMethod.GET, "/api/v1/incidents/districts/summary", null, open, open, open, open, open),
                row(HttpMethod.GET, "/incidents", null, open, open, open, open, open),
                row(HttpMethod.GET, "/incidents/manage", null, 401, 200, 200, 403, 200),
                row(HttpMethod.GET, "/incidents/manage/new", null, 401, 200, 403, 403, 200),
                row(HttpMethod.GET, "/incidents/manage/999999999", null, 401, 404, 403, 403, 404),
                row(HttpMethod.POST, "/api/v1/incidents", "{\"occurredAt\":\"2001-01-01\",\"type\":\"other\"}",
                        401, 201, 403, 403, 201),
                row(HttpMethod.POST, "/api/v1/incidents/imports?source=matrix", "CSV:" + INCIDENT_HEADER,
                        401, 200, 403, 403, 200),
                row(HttpMethod.PATCH, "/api/v1/incidents/999999999", "{\"type\":\"drone\"}", 401, 404, 403, 403, 404),
                row(HttpMethod.POST, "/api/v1/incidents/999999999/verification", "{\"verification\":\"verified\"}",
                        401, 403, 404, 403, 404),
                row(HttpMethod.DELETE, "/api/v1/incidents/999999999", null, 401, 403, 403, 403, 404),
                // casualties: personal data for analysts only
                row(HttpMethod.GET, "/api/v1/casualties/sources", null, 401, 403, 200, 403, 200),
                row(HttpMethod.POST, "/api/v1/casualties/sources", "{\"code\":\"\"}", 401, 403, 400, 403, 400),
                row(HttpMethod.GET, "/api/v1/casualties/reports", null, 401, 403, 200, 403, 200),
                row(HttpMethod.GET, "/api/v1/casualties/counts?by=status", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/casualties/counts.csv?by=district&hxl=true", null,
                        open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/casualties/estimate?status=killed", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/casualties/persons", null, 401, 403, 200, 403, 200),
                row(HttpMethod.GET, "/casualties", null, open, open, open, open, open),
                row(HttpMethod.GET, "/casualties/method", null, open, open, open, open, open),
                row(HttpMethod.GET, "/casualties/persons", null, 401, 403, 200, 403, 200),
                row(HttpMethod.GET, "/casualties/reviews", null, 401, 403, 200, 403, 200),
                row(HttpMethod.GET, "/api/v1/casualties/reviews", null, 401, 403, 200, 403, 200),
                row(HttpMethod.GET, "/api/v1/casualties/links.csv", null, 401, 403, 200, 403, 200),
                row(HttpMethod.POST, "/api/v1/casualties/reviews/999999999", "{\"decision\":\"same\"}",
                        401, 403, 404, 403, 404),
                row(HttpMethod.POST, "/api/v1/casualties/sources/no-such-list/imports", "CSV:x\n",
                        401, 404, 403, 403, 404),
                // casualties: estimation for an analyst's own table
                row(HttpMethod.POST, "/api/v1/estimation/mse", "{\"lists\":[\"a\",\"b\"],\"cells\":{\"10\":3,\"11\":2}}",
                        401, 403, 200, 403, 200),
                row(HttpMethod.POST, "/api/v1/estimation/mse", "CSV:a,b,freq\n1,0,3\n1,1,2\n", 401, 403, 200, 403, 200),
                // population: homeless households (personal data for analysts), temporary sites
                row(HttpMethod.GET, "/api/v1/population/households", null, 401, 403, 200, 403, 200),
                row(HttpMethod.GET, "/api/v1/population/households/999999999", null, 401, 403, 404, 403, 404),
                row(HttpMethod.POST, "/api/v1/population/households", "{}", 401, 400, 403, 403, 400),
                row(HttpMethod.PATCH, "/api/v1/population/households/999999999", "{}", 401, 404, 403, 403, 404),
                row(HttpMethod.POST, "/api/v1/population/households/999999999/move-out", "{}",
                        401, 404, 403, 403, 404),
                row(HttpMethod.GET, "/api/v1/population/households/counts", null, open, open, open, open, open),
                row(HttpMethod.POST, "/api/v1/population/households/imports?source=matrix",
                        "CSV:external_id,reference_person,size,home_building_id\n", 401, 200, 403, 403, 200),
                row(HttpMethod.GET, "/api/v1/population/sites", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/population/sites/999999999", null, 404, 404, 404, 404, 404),
                row(HttpMethod.POST, "/api/v1/population/sites", "{}", 401, 400, 403, 403, 400),
                row(HttpMethod.PUT, "/api/v1/population/sites/999999999", "{}", 401, 400, 403, 403, 400),
                row(HttpMethod.DELETE, "/api/v1/population/sites/999999999", null, 401, 404, 403, 403, 404),
                row(HttpMethod.POST, "/api/v1/population/allocations", null, 401, 201, 403, 403, 201),
                row(HttpMethod.GET, "/api/v1/population/allocations/999999999", null, 401, 404, 403, 403, 404),
                row(HttpMethod.POST, "/api/v1/population/allocations/999999999/placements/1/confirm", "{}",
                        401, 404, 403, 403, 404),
                row(HttpMethod.POST, "/api/v1/population/allocations/999999999/placements/1/override",
                        "{\"reason\":\"matrix\"}", 401, 404, 403, 403, 404),
                row(HttpMethod.GET, "/population/sites", null, open, open, open, open, open),
                row(HttpMethod.GET, "/population/households", null, 401, 403, 200, 403, 200),
                row(HttpMethod.GET, "/population/allocations", null, 401, 200, 403, 403, 200),
                // recovery: public projects, the planner edits and plans
                row(HttpMethod.GET, "/api/v1/recovery/projects", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/recovery/projects/999999999", null, 404, 404, 404, 404, 404),
                row(HttpMethod.GET, "/api/v1/recovery/projects.csv", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/recovery/heritage-zone.geojson", null, open, open, open, open, open),
                row(HttpMethod.POST, "/api/v1/recovery/projects/imports?source=matrix",
                        "CSV:external_id,title,type,status,district,cost,beneficiaries,building_external_ids\n",
                        401, 403, 403, 200, 200),
                row(HttpMethod.PATCH, "/api/v1/recovery/projects/999999999", "{\"progress\":1}",
                        401, 403, 403, 404, 404),
                row(HttpMethod.POST, "/api/v1/recovery/projects/999999999/conservation-approval",
                        "{\"reference\":\"x\"}", 401, 403, 403, 404, 404),
                row(HttpMethod.POST, "/api/v1/recovery/portfolio", "{\"budget\":0}", 401, 403, 403, 200, 200),
                // recovery transparency: OC4IDS, feedback (public to send and read; planners moderate), pages
                row(HttpMethod.GET, "/api/v1/recovery/projects.oc4ids.json", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/recovery/projects/999999999/feedback", null, 404, 404, 404, 404, 404),
                row(HttpMethod.POST, "/api/v1/recovery/projects/999999999/feedback",
                        "{\"kind\":\"comment\",\"text\":\"matrix feedback text\"}", 404, 404, 404, 404, 404),
                row(HttpMethod.GET, "/api/v1/recovery/feedback", null, 401, 403, 403, 200, 200),
                row(HttpMethod.POST, "/api/v1/recovery/feedback/999999999/moderation", "{\"decision\":\"publish\"}",
                        401, 403, 403, 404, 404),
                row(HttpMethod.GET, "/recovery/transparency", null, open, open, open, open, open),
                row(HttpMethod.GET, "/recovery/feedback", null, 401, 403, 403, 200, 200),
                // A page form without its CSRF token is refused, whoever sends it.
                row(HttpMethod.POST, "/recovery/projects/999999999/feedback", null, 403, 403, 403, 403, 403),
                // recovery: facility decisions, public evidence, the planner decides
                row(HttpMethod.GET, "/api/v1/recovery/facilities", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/recovery/facilities/999999999", null, 404, 404, 404, 404, 404),
                row(HttpMethod.POST, "/api/v1/recovery/facilities/999999999/decisions",
                        "{\"decision\":\"repair\",\"reason\":\"x\"}", 401, 403, 403, 404, 404),
                row(HttpMethod.GET, "/recovery/facilities", null, open, open, open, open, open),
                row(HttpMethod.GET, "/recovery/facilities/999999999", null, 404, 404, 404, 404, 404),
                // damage
                row(HttpMethod.GET, "/api/v1/damage/buildings", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/damage/buildings/999999999", null, 404, 404, 404, 404, 404),
                row(HttpMethod.GET, "/api/v1/damage/buildings.csv", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/damage/buildings.geojson", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/damage/indicators?asOf=2022-12-31", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/damage/crosswalk", null, open, open, open, open, open),
                row(HttpMethod.GET, "/damage", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/disclosure/policy", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/disclosure/policy/history", null, 401, 403, 403, 403, 200),
                // An empty decision reaches validation only for an administrator; it changes nothing.
                row(HttpMethod.PUT, "/api/v1/disclosure/policy", "{}", 401, 403, 403, 403, 400),
                row(HttpMethod.GET, "/api/v1/open/datasets", null, open, open, open, open, open),
                row(HttpMethod.GET, "/open-data", null, open, open, open, open, open),
                row(HttpMethod.GET, "/admin/disclosure", null, 401, 403, 403, 403, 200),
                row(HttpMethod.GET, "/damage/buildings/999999999", null, 404, 404, 404, 404, 404),
                row(HttpMethod.GET, "/damage/buildings/999999999/assess", null, 401, 404, 403, 403, 404),
                row(HttpMethod.GET, "/api/v1/damage/exports/coe-b15.csv", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/damage/assessments/999999999/evidence", null, open, open, open, open,
                        open),
                row(HttpMethod.GET, "/api/v1/damage/assessments/999999999/evidence/1", null, 401, 404, 404, 404, 404),
                // a file is multipart: any other body is 415 for signed-in callers (EvidenceTests: 403 for analysts)
                row(HttpMethod.POST, "/api/v1/damage/assessments/999999999/evidence", "CSV:x", 401, 415, 415, 415,
                        415),
                row(HttpMethod.POST, "/api/v1/damage/buildings/imports?source=matrix", "CSV:" + BUILDING_HEADER,
                        401, 200, 403, 403, 200),
                row(HttpMethod.POST, "/api/v1/damage/assessments/imports?source=matrix", "CSV:" + ASSESSMENT_HEADER,
                        401, 200, 403, 403, 200),
                row(HttpMethod.POST, "/api/v1/damage/institutions/imports?source=matrix",
                        "CSV:external_id,name,use\n", 401, 200, 403, 403, 200),
                row(HttpMethod.POST, "/api/v1/damage/satellite/imports?source=matrix",
                        "{\"type\":\"FeatureCollection\",\"features\":[]}", 401, 200, 403, 403, 200),
                // situation reports: published ones public, making one for analysts (a bad day makes none here)
                row(HttpMethod.GET, "/api/v1/reports", null, open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/reports/1901-01-01.html?lang=en", null, 404, 404, 404, 404, 404),
                row(HttpMethod.GET, "/api/v1/reports/1901-01-01.pdf", null, 404, 404, 404, 404, 404),
                row(HttpMethod.POST, "/api/v1/reports?day=not-a-day", null, 401, 403, 400, 403, 400),
                row(HttpMethod.GET, "/reports", null, open, open, open, open, open),
                row(HttpMethod.GET, "/reports/1901-01-01", null, 404, 404, 404, 404, 404),
                // population: flows
                row(HttpMethod.GET, "/api/v1/population/estimate?from=2022-03-01&to=2022-03-02", null,
                        open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/population/estimate.csv?from=2022-03-01&to=2022-03-02&hxl=true", null,
                        open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/population/returns?from=2022-03-01&to=2022-03-02", null,
                        open, open, open, open, open),
                row(HttpMethod.GET, "/api/v1/population/capacity?asOf=2022-03-02", null, open, open, open, open, open),
                row(HttpMethod.GET, "/population", null, open, open, open, open, open),
                row(HttpMethod.POST, "/api/v1/population/registrations/imports?source=matrix",
                        "CSV:external_id,date,district,direction,household_size,other_place\n",
                        401, 200, 403, 403, 200),
                row(HttpMethod.POST, "/api/v1/population/counts/imports?source=matrix",
                        "CSV:external_id,date,district,direction,people,low,high\n", 401, 200, 403, 403, 200));
    }

    private static Arguments row(HttpMethod method, String path, String body, int anonymous, int registrar,
            int analyst, int planner, int admin) {
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        expected.put(Caller.ANONYMOUS, anonymous);
        expected.put(Caller.REGISTRAR, registrar);
        expected.put(Caller.ANALYST, analyst);
        expected.put(Caller.PLANNER, planner);
        expected.put(Caller.ADMIN, admin);
        return Arguments.of(method, path, body, expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void eachCallerGetsTheExpectedStatus(HttpMethod method, String path, String body, Map<Caller, Integer> expected)
            throws Exception {
        for (Caller caller : Caller.values()) {
            MockHttpServletRequestBuilder call = request(method, path).accept(MediaType.ALL);
            if (body != null) {
                String json = "NEW_USER".equals(body) ? """
                        {"username":"u-%s","password":"a-long-enough-password","roles":["ANALYST"]}"""
                        .formatted(UUID.randomUUID()) : body;
                if (json.startsWith("CSV:")) {
                    call.contentType("text/csv").content(json.substring(4));
                } else {
                    call.contentType(MediaType.APPLICATION_JSON).content(json);
                }
            }
            if (caller != Caller.ANONYMOUS) {
                call.with(httpBasic("matrix-" + caller.name().toLowerCase(), PASSWORD));
            }
            int status = mvc.perform(call).andReturn().getResponse().getStatus();
            assertThat(status).as("%s %s as %s", method, path, caller).isEqualTo(expected.get(caller));
        }
    }

    @Test
    void wrongPasswordIs401WithAProblem() throws Exception {
        var response = mvc.perform(request(HttpMethod.GET, "/api/v1/users").with(httpBasic("matrix-admin", "wrong")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void apiWritesNeedNoCsrfTokenButPagesDo() throws Exception {
        // POST through the API with Basic and no CSRF token works (201 above); a form POST without a token does not.
        int status = mvc.perform(request(HttpMethod.POST, "/logout")).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
    }
}
