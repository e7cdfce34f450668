package org.vidnova.population;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.audit.AuditAction;
import org.vidnova.audit.AuditTrail;
import org.vidnova.damage.HomeStates;
import org.vidnova.web.ApiProblem;
import org.vidnova.web.Codes;
import org.vidnova.web.ImportTimes;

/**
 * The register of households without a habitable home. A home the damage register still holds habitable is
 * registered only with an override and its reason. Writes and reads are audited; the audit trail names personal
 * fields that changed, never their values. Status changes (placed, moved out) record a move with its date.
 */
@Service
class Households {

    static final String ENTITY = "population.household";
    static final String COLUMNS = "id, reference_person, size, children, elderly, disabled, home_building_id,"
            + " home_unit, home_district, stays, site_id, contact, registered_at, status, override_reason, placed_on,"
            + " moved_out_on";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final HomeStates homes;
    private final TemporarySites sites;

    Households(JdbcClient jdbc, AuditTrail audit, HomeStates homes, TemporarySites sites) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.homes = homes;
        this.sites = sites;
    }

    @Transactional
    Household register(HouseholdForm form) {
        String district = checkHome(form);
        checkSite(form);
        Household created = insert(form, district, null, null);
        audit.record(ENTITY, String.valueOf(created.id()), AuditAction.CREATE, Household.auditChange(null, created));
        return created;
    }

    /**
     * Writes a new household (registered now; placed, with its move in, when it stays at a temporary site); the
     * caller audits it. {@code source} and {@code externalId} are null unless it came from an import.
     */
    Household insert(HouseholdForm form, String district, String source, String externalId) {
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ImportTimes.KYIV);
        boolean atSite = form.stays() == HouseholdStay.TEMPORARY_SITE;
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO population_household (source, external_id, reference_person, size, children, elderly,"
                        + " disabled, home_building_id, home_unit, home_district, stays, site_id, contact, registered_at,"
                        + " status, override_reason, placed_on, updated_at) VALUES (:source, :externalId, :person,"
                        + " :size, :children, :elderly, :disabled, :building, :unit, :district, :stays, :site, :contact,"
                        + " :at, :status, :reason, :placedOn, :at)")
                .param("source", source).param("externalId", externalId)
                .param("person", form.referencePerson()).param("size", form.size())
                .param("children", form.children()).param("elderly", form.elderly())
                .param("disabled", form.disabled()).param("building", form.homeBuildingId())
                .param("unit", form.homeUnit()).param("district", district).param("stays", Codes.of(form.stays()))
                .param("site", form.siteId()).param("contact", form.contact()).param("at", Timestamp.from(now))
                .param("status", Codes.of(atSite ? HouseholdStatus.PLACED : HouseholdStatus.WAITING))
                .param("reason", form.overrideReason()).param("placedOn", atSite ? today : null)
                .update(keys, "id");
        Household created = load(keys.getKey().longValue()).orElseThrow();
        if (atSite) {
            recordMove(created.id(), form.siteId(), "in", today);
        }
        return created;
    }

    /**
     * Corrects a household. Placing and moving out go through allocations and move-outs, so a correction leaves
     * the site of a placed household alone and does not put a waiting one in a site.
     */
    @Transactional
    Household correct(long id, tools.jackson.databind.JsonNode body) {
        Household before = load(id).orElseThrow(() -> notFound(id));
        HouseholdForm form = HouseholdForm.read(body, HouseholdForm.of(before));
        boolean placed = Codes.of(HouseholdStatus.PLACED).equals(before.status());
        if ((form.stays() == HouseholdStay.TEMPORARY_SITE) != placed
                || (placed && !form.siteId().equals(before.siteId()))) {
            throw ApiProblem.conflict("stays", placed
                    ? "a placed household leaves its site through POST /api/v1/population/households/" + id
                            + "/move-out"
                    : "a household is placed in a site through an allocation");
        }
        String district = before.homeDistrict();
        if (form.homeBuildingId() != before.homeBuildingId() || form.override() != (before.overrideReason() != null)
                || body.has("overrideReason")) {
            district = checkHome(form);
        }
        Household after = rewrite(id, form, district);
        audit.record(ENTITY, String.valueOf(id), AuditAction.UPDATE, Household.auditChange(before, after));
        return after;
    }

    /** Writes a household's description (not its status or site); the caller audits it. */
    Household rewrite(long id, HouseholdForm form, String district) {
        jdbc.sql("UPDATE population_household SET reference_person = :person, size = :size, children = :children,"
                        + " elderly = :elderly, disabled = :disabled, home_building_id = :building, home_unit = :unit,"
                        + " home_district = :district, stays = :stays, contact = :contact, override_reason = :reason,"
                        + " updated_at = :at WHERE id = :id")
                .param("person", form.referencePerson()).param("size", form.size())
                .param("children", form.children()).param("elderly", form.elderly())
                .param("disabled", form.disabled()).param("building", form.homeBuildingId())
                .param("unit", form.homeUnit()).param("district", district).param("stays", Codes.of(form.stays()))
                .param("contact", form.contact()).param("reason", form.overrideReason())
                .param("at", Timestamp.from(Instant.now())).param("id", id).update();
        return load(id).orElseThrow();
    }

    /** One household with its personal data; the read is audited. */
    @Transactional
    Optional<Household> find(long id) {
        Optional<Household> found = load(id);
        audit.record(ENTITY, String.valueOf(id), AuditAction.READ, Map.of("found", found.isPresent()));
        return found;
    }

    /** A page of households, oldest registration first; the read is audited (what was asked, which were shown). */
    @Transactional
    List<Household> list(HouseholdStatus status, String district, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(status, district, params);
        List<Household> found = jdbc.sql("SELECT " + COLUMNS + " FROM population_household WHERE " + where
                        + " ORDER BY registered_at, id LIMIT :limit OFFSET :offset").params(params)
                .param("limit", size).param("offset", (long) page * size).query(Households::map).list();
        Map<String, Object> read = new LinkedHashMap<>();
        read.put("status", Codes.of(status));
        read.put("district", district);
        read.put("page", page);
        read.put("size", size);
        read.put("shown", found.stream().map(Household::id).toList());
        audit.record(ENTITY, "list", AuditAction.READ, read);
        return found;
    }

    @Transactional(readOnly = true)
    long count(HouseholdStatus status, String district) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT COUNT(*) FROM population_household WHERE " + where(status, district, params))
                .params(params).query(Long.class).single();
    }

    /** Households and people per home district and status: {district, status, households, people}. */
    @Transactional(readOnly = true)
    List<Map<String, Object>> countsByDistrict() {
        List<Map<String, Object>> rows = new ArrayList<>();
        jdbc.sql("SELECT home_district, status, COUNT(*) AS households, SUM(size) AS people FROM population_household"
                + " GROUP BY home_district, status ORDER BY home_district, status").query(rs -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("district", rs.getString("home_district"));
                    row.put("status", rs.getString("status"));
                    row.put("households", rs.getLong("households"));
                    row.put("people", rs.getLong("people"));
                    rows.add(row);
                });
        return rows;
    }

    /** Places a waiting household in a site (an allocation's placement decided); the move in is recorded. */
    @Transactional
    Household place(long id, long siteId, LocalDate on) {
        return move(id, HouseholdStatus.WAITING, "in", on, before -> siteId, jdbc.sql("UPDATE population_household"
                + " SET status = 'placed', stays = 'temporary_site', site_id = :site, placed_on = :on,"
                + " moved_out_on = NULL, updated_at = :at WHERE id = :id").param("site", siteId));
    }

    /** A placed household leaves its site for {@code stays}; the move out is recorded. */
    @Transactional
    Household moveOut(long id, LocalDate on, HouseholdStay stays) {
        if (stays == HouseholdStay.TEMPORARY_SITE) {
            throw ApiProblem.badRequest("stays", "must say where the household goes, not another site");
        }
        return move(id, HouseholdStatus.PLACED, "out", on, Household::siteId, jdbc.sql("UPDATE population_household"
                + " SET status = 'moved_out', stays = :stays, site_id = NULL, moved_out_on = :on, updated_at = :at"
                + " WHERE id = :id").param("stays", Codes.of(stays)));
    }

    /** A change of status from {@code expected}, audited, with its move into or out of the site it names. */
    private Household move(long id, HouseholdStatus expected, String direction, LocalDate on,
            java.util.function.Function<Household, Long> site, JdbcClient.StatementSpec update) {
        Household before = load(id).orElseThrow(() -> notFound(id));
        if (!Codes.of(expected).equals(before.status())) {
            throw ApiProblem.conflict("household", "household " + id + " is " + before.status() + ", not "
                    + Codes.of(expected));
        }
        if (before.placedOn() != null && on.isBefore(before.placedOn())) {
            throw ApiProblem.badRequest("date", "is before the household last moved in (" + before.placedOn() + ")");
        }
        update.param("on", on).param("at", Timestamp.from(Instant.now())).param("id", id).update();
        Household after = load(id).orElseThrow();
        audit.record(ENTITY, String.valueOf(id), AuditAction.UPDATE, Household.auditChange(before, after));
        recordMove(id, site.apply(before), direction, on);
        return after;
    }

    /** The moves in and out of one household, oldest first: {siteId, direction, on}. */
    @Transactional(readOnly = true)
    List<Map<String, Object>> moves(long id) {
        return jdbc.sql("SELECT site_id, direction, moved_on FROM population_placement_move WHERE household_id = :id"
                + " ORDER BY moved_on, id").param("id", id).query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("siteId", rs.getLong("site_id"));
                    m.put("direction", rs.getString("direction"));
                    m.put("on", rs.getObject("moved_on", LocalDate.class));
                    return m;
                }).list();
    }

    Optional<Household> load(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM population_household WHERE id = :id").param("id", id)
                .query(Households::map).optional();
    }

    private void recordMove(long household, long site, String direction, LocalDate on) {
        jdbc.sql("INSERT INTO population_placement_move (household_id, site_id, direction, moved_on, recorded_by,"
                        + " recorded_at) VALUES (:h, :s, :d, :on, :by, :at)").param("h", household).param("s", site)
                .param("d", direction).param("on", on).param("by", AuditTrail.currentActor())
                .param("at", Timestamp.from(Instant.now())).update();
    }

    String checkHome(HouseholdForm form) {
        HomeStates.Home home = homes.of(form.homeBuildingId()).orElseThrow(() -> HouseholdProblems.unprocessable(
                "homeBuildingId", "names no building of the damage register"));
        if (home.habitable() && !form.override()) {
            throw HouseholdProblems.unprocessable("override", "the damage register holds this home habitable:"
                    + " register the household only with override=true and an overrideReason");
        }
        if (form.override() && form.overrideReason() == null) {
            throw HouseholdProblems.unprocessable("overrideReason", "is required with override=true");
        }
        return home.districtCode();
    }

    private void checkSite(HouseholdForm form) {
        if (form.siteId() != null && sites.find(form.siteId()).isEmpty()) {
            throw HouseholdProblems.unprocessable("siteId", "names no temporary site");
        }
    }

    private static String where(HouseholdStatus status, String district, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (status != null) {
            where.append(" AND status = :status");
            params.put("status", Codes.of(status));
        }
        if (district != null) {
            where.append(" AND home_district = :district");
            params.put("district", district);
        }
        return where.toString();
    }

    static ApiProblem notFound(long id) {
        return ApiProblem.notFound("No household with id " + id);
    }

    private static Household map(ResultSet rs, int row) throws SQLException {
        return new Household(rs.getLong("id"), rs.getString("reference_person"), rs.getInt("size"),
                rs.getInt("children"), rs.getInt("elderly"), rs.getInt("disabled"), rs.getLong("home_building_id"),
                rs.getString("home_unit"), rs.getString("home_district"), rs.getString("stays"),
                rs.getObject("site_id", Long.class), rs.getString("contact"),
                rs.getTimestamp("registered_at").toInstant(), rs.getString("status"),
                rs.getString("override_reason"), rs.getObject("placed_on", LocalDate.class),
                rs.getObject("moved_out_on", LocalDate.class));
    }
}
