package org.vidnova.damage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Evidence files of an assessment: a registrar uploads one, its SHA-256 is computed and checked against the declared
 * one, the building page lists it with its hash, and only signed-in roles read the file. 2006 belongs to this suite
 * (with {@link AssessmentIncidentsTests}).
 */
class EvidenceTests extends DamageTestBase {

    static final byte[] PHOTO = "not really a jpeg, but bytes all the same".getBytes(StandardCharsets.UTF_8);
    // sha256 of PHOTO, computed with sha256sum outside Java.
    static final String PHOTO_SHA = "6b2695da5bf012226edacf49a028234d848d100b68c8b53d2192809e4049879f";

    long assessment(String source) throws Exception {
        buildings(source, BUILDINGS + "\nE1,Sumska 9,50.0,36.23,school,School 9,3,0,,,\n");
        assessments(source, ASSESSMENTS + "\nA1,,E1,2006-06-01,inspector,ems98:3,,,false,yes,,\n")
                .andExpect(jsonPath("$.created").value(1));
        return getJson("/api/v1/damage/buildings/" + buildingId(source, "E1")).get("assessments").get(0).get("id")
                .asLong();
    }

    MockMultipartHttpServletRequestBuilder upload(long assessment, byte[] bytes) {
        return multipart("/api/v1/damage/assessments/" + assessment + "/evidence")
                .file(new MockMultipartFile("file", "façade.jpg", "image/jpeg", bytes));
    }

    @Test
    void aRegistrarUploadsEvidenceAndItsHashIsComputedAndChecked() throws Exception {
        String source = source();
        long a = assessment(source);
        long audited = auditRows();
        mvc.perform(upload(a, PHOTO).param("sha256", "0".repeat(64)).with(httpBasic("admin", ADMIN)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sha256"));
        assertThat(getJson("/api/v1/damage/assessments/" + a + "/evidence").size()).isZero();
        String computed = PHOTO_SHA;
        long id = json.readTree(mvc.perform(upload(a, PHOTO).param("sha256", computed.toUpperCase())
                        .param("capturedAt", "2006-06-01T09:30:00+03:00").param("lat", "50.0001")
                        .param("lon", "36.2301").with(httpBasic("admin", ADMIN)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.sha256").value(computed))
                .andExpect(jsonPath("$.size").value(PHOTO.length))
                .andExpect(jsonPath("$.capturedAt").value("2006-06-01T06:30:00Z"))
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        assertThat(auditRows()).isEqualTo(audited + 1);
        // Without a declared hash, the computed one is kept.
        mvc.perform(upload(a, "second".getBytes(StandardCharsets.UTF_8)).with(httpBasic("admin", ADMIN)))
                .andExpect(status().isCreated());
        assertThat(getJson("/api/v1/damage/assessments/" + a + "/evidence").size()).isEqualTo(2);

        String file = "/api/v1/damage/assessments/" + a + "/evidence/" + id;
        mvc.perform(get(file)).andExpect(status().isUnauthorized());
        byte[] read = mvc.perform(get(file).with(user("ivan").roles("ANALYST"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(read).isEqualTo(PHOTO);
        mvc.perform(get("/api/v1/damage/assessments/" + a + "/evidence/" + (id + 1000000))
                .with(user("ivan").roles("ANALYST"))).andExpect(status().isNotFound());

        String html = mvc.perform(get("/damage/buildings/" + buildingId(source, "E1")).param("lang", "en"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Evidence files").contains("façade.jpg").contains(computed).contains(file);
    }

    @Test
    void aBadUploadIsRefusedNamingTheParameter() throws Exception {
        long a = assessment(source());
        mvc.perform(upload(a, PHOTO).param("lat", "50.0").with(httpBasic("admin", ADMIN)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("lon"));
        mvc.perform(upload(a, PHOTO).param("capturedAt", "yesterday").with(httpBasic("admin", ADMIN)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("capturedAt"));
        mvc.perform(upload(a, new byte[0]).with(httpBasic("admin", ADMIN))).andExpect(status().isBadRequest());
        mvc.perform(upload(999999999L, PHOTO).with(httpBasic("admin", ADMIN))).andExpect(status().isNotFound());
        mvc.perform(upload(a, PHOTO).with(user("ivan").roles("ANALYST"))).andExpect(status().isForbidden());
        // 20 MB is the limit (vidnova.damage.evidence.max-size).
        mvc.perform(upload(a, new byte[20 * 1024 * 1024 + 1]).with(httpBasic("admin", ADMIN)))
                .andExpect(status().isPayloadTooLarge());
        assertThat(getJson("/api/v1/damage/assessments/" + a + "/evidence").size()).isZero();
    }
}
