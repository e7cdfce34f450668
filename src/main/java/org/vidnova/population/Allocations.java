package org.vidnova.population;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.audit.AuditAction;
import org.vidnova.audit.AuditTrail;
import org.vidnova.population.allocation.AllocationHousehold;
import org.vidnova.population.allocation.AllocationResult;
import org.vidnova.population.allocation.AllocationRule;
import org.vidnova.population.allocation.AllocationSite;
import org.vidnova.population.allocation.Allocator;
import org.vidnova.population.allocation.PlacementProposal;
import org.vidnova.web.ApiProblem;
import org.vidnova.web.ImportTimes;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the {@link Allocator} over the households waiting now and the free places now, and keeps its proposal; a new
 * run supersedes the undecided placements of earlier ones. Registrars confirm a placement (the household moves in)
 * or override it (another site, or none, with a reason). Runs and decisions are audited.
 */
@Service
class Allocations {

    static final String ENTITY = "population.allocation";
    static final String PLACEMENT = "population.placement";
    private static final String SELECT = "SELECT p.id, p.allocation_id, p.household_id, h.size, h.home_district,"
            + " p.site_id, s.name AS site_name, p.score, p.explanation, p.state, p.final_site_id, p.reason,"
            + " p.decided_by, p.decided_at FROM population_placement p"
            + " JOIN population_household h ON h.id = p.household_id JOIN population_site s ON s.id = p.site_id";

    /** A run: its id, rule, how many were waiting and proposed, and who were left waiting with why. */
    record Run(long id, AllocationRule rule, int waiting, int proposed, Instant createdAt, String createdBy,
            List<Placement> placements, List<AllocationResult.Unplaced> unplaced) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final AuditTrail audit;
    private final Households households;
    private final TemporarySites sites;
    private final AllocationSettings settings;
    private final JsonMapper json;

    Allocations(JdbcClient jdbc, NamedParameterJdbcTemplate named, AuditTrail audit, Households households,
            TemporarySites sites, AllocationSettings settings, JsonMapper json) {
        this.jdbc = jdbc;
        this.named = named;
        this.audit = audit;
        this.households = households;
        this.sites = sites;
        this.settings = settings;
        this.json = json;
    }

    @Transactional
    Run run() {
        AllocationRule rule = settings.rule();
        LocalDate today = LocalDate.now(ImportTimes.KYIV);
        List<AllocationHousehold> waiting = jdbc.sql("SELECT id, size, children, elderly, disabled, home_district,"
                + " registered_at FROM population_household WHERE status = 'waiting' ORDER BY id").query((rs, n) ->
                new AllocationHousehold(rs.getLong("id"), rs.getInt("size"), rs.getInt("children"),
                        rs.getInt("elderly"), rs.getInt("disabled"), rs.getString("home_district"),
                        Math.max(0, ChronoUnit.DAYS.between(rs.getTimestamp("registered_at").toInstant()
                                .atZone(ImportTimes.KYIV).toLocalDate(), today)))).list();
        List<AllocationSite> free = sites.all().stream().filter(s -> s.free() > 0)
                .map(s -> new AllocationSite(s.id(), s.districtCode(), s.free(), s.accessible())).toList();
        AllocationResult result = Allocator.allocate(waiting, free, rule);

        jdbc.sql("UPDATE population_placement SET state = 'superseded' WHERE state = 'proposed'").update();
        Instant now = Instant.now();
        String actor = AuditTrail.currentActor();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO population_allocation (rule, waiting, proposed, created_at, created_by)"
                        + " VALUES (:rule, :waiting, :proposed, :at, :by)").param("rule", json.writeValueAsString(rule))
                .param("waiting", waiting.size()).param("proposed", result.placements().size())
                .param("at", Timestamp.from(now)).param("by", actor).update(keys, "id");
        long id = keys.getKey().longValue();
        named.batchUpdate("INSERT INTO population_placement (allocation_id, household_id, site_id, score,"
                + " explanation, state) VALUES (:allocation, :household, :site, :score, :explanation, 'proposed')",
                result.placements().stream().map(p -> params(id, p)).toArray(SqlParameterSource[]::new));
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("rule", rule);
        change.put("waiting", waiting.size());
        change.put("proposed", result.placements().size());
        audit.record(ENTITY, String.valueOf(id), AuditAction.CREATE, change);
        return new Run(id, rule, waiting.size(), result.placements().size(), now, actor, placements(id),
                result.waiting());
    }

    @Transactional(readOnly = true)
    Optional<Run> find(long id) {
        return jdbc.sql("SELECT id, rule, waiting, proposed, created_at, created_by FROM population_allocation"
                + " WHERE id = :id").param("id", id).query((rs, n) -> new Run(rs.getLong("id"),
                        json.readValue(rs.getString("rule"), AllocationRule.class), rs.getInt("waiting"),
                        rs.getInt("proposed"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                        null, null)).optional()
                .map(r -> new Run(r.id(), r.rule(), r.waiting(), r.proposed(), r.createdAt(), r.createdBy(),
                        placements(id), List.of()));
    }

    /** The newest run's id, if any. */
    @Transactional(readOnly = true)
    Optional<Long> latest() {
        return jdbc.sql("SELECT MAX(id) FROM population_allocation").query(Long.class).optional();
    }

    /** The registrar agrees: the household moves into the proposed site on {@code on}. */
    @Transactional
    Placement confirm(long allocationId, long placementId, LocalDate on) {
        Placement p = undecided(allocationId, placementId);
        moveIn(p.householdId(), p.size(), p.siteId(), on);
        return decide(p, "confirmed", p.siteId(), null);
    }

    /**
     * The registrar decides otherwise, with a reason: the household moves into {@code siteId} on {@code on}, or,
     * when null, keeps waiting.
     */
    @Transactional
    Placement override(long allocationId, long placementId, Long siteId, String reason, LocalDate on) {
        Placement p = undecided(allocationId, placementId);
        if (siteId != null) {
            moveIn(p.householdId(), p.size(), siteId, on);
        }
        return decide(p, "overridden", siteId, reason);
    }

    private void moveIn(long household, int size, long siteId, LocalDate on) {
        // The site's row is locked until the move is written, so that two registrars deciding at once cannot both
        // take its last places.
        jdbc.sql("SELECT id FROM population_site WHERE id = :id FOR UPDATE").param("id", siteId).query(Long.class)
                .optional();
        TemporarySite site = sites.find(siteId).orElseThrow(() -> ApiProblem.badRequest("siteId",
                "names no temporary site"));
        if (site.free() < size) {
            throw ApiProblem.conflict("siteId", "the site has " + site.free() + " free places, the household needs "
                    + size + " (a household is never split)");
        }
        households.place(household, siteId, on);
    }

    private Placement decide(Placement p, String state, Long finalSite, String reason) {
        Instant now = Instant.now();
        jdbc.sql("UPDATE population_placement SET state = :state, final_site_id = :site, reason = :reason,"
                        + " decided_by = :by, decided_at = :at WHERE id = :id").param("state", state)
                .param("site", finalSite).param("reason", reason).param("by", AuditTrail.currentActor())
                .param("at", Timestamp.from(now)).param("id", p.id()).update();
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("state", state);
        change.put("household", p.householdId());
        change.put("proposedSite", p.siteId());
        change.put("finalSite", finalSite);
        change.put("reason", reason == null ? null : "(given)");
        audit.record(PLACEMENT, String.valueOf(p.id()), AuditAction.UPDATE, change);
        return placement(p.id()).orElseThrow();
    }

    private Placement undecided(long allocationId, long placementId) {
        Placement p = placement(placementId).filter(x -> x.allocationId() == allocationId)
                .orElseThrow(() -> ApiProblem.notFound("No placement " + placementId + " in allocation "
                        + allocationId));
        if (!"proposed".equals(p.state())) {
            throw ApiProblem.conflict("state", "the placement is " + p.state() + ", not proposed");
        }
        return p;
    }

    private Optional<Placement> placement(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id).query(this::map).optional();
    }

    List<Placement> placements(long allocationId) {
        return jdbc.sql(SELECT + " WHERE p.allocation_id = :id ORDER BY p.id").param("id", allocationId)
                .query(this::map).list();
    }

    private SqlParameterSource params(long allocation, PlacementProposal p) {
        Map<String, Object> explanation = new LinkedHashMap<>();
        explanation.put("rank", p.rank());
        explanation.put("terms", p.terms());
        explanation.put("why", p.why());
        return new MapSqlParameterSource().addValue("allocation", allocation).addValue("household", p.householdId())
                .addValue("site", p.siteId()).addValue("score", p.score())
                .addValue("explanation", json.writeValueAsString(explanation));
    }

    private Placement map(ResultSet rs, int row) throws SQLException {
        Map<String, Object> explanation = json.readValue(rs.getString("explanation"),
                new TypeReference<Map<String, Object>>() { });
        @SuppressWarnings("unchecked")
        Map<String, Object> terms = (Map<String, Object>) explanation.get("terms");
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Placement(rs.getLong("id"), rs.getLong("allocation_id"), rs.getLong("household_id"),
                rs.getInt("size"), rs.getString("home_district"), rs.getLong("site_id"), rs.getString("site_name"),
                ((Number) explanation.get("rank")).intValue(), rs.getDouble("score"), terms,
                (String) explanation.get("why"), rs.getString("state"), rs.getObject("final_site_id", Long.class),
                rs.getString("reason"), rs.getString("decided_by"), decided == null ? null : decided.toInstant());
    }
}
