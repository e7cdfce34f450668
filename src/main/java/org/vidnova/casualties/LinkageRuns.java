package org.vidnova.casualties;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.audit.AuditAction;
import org.vidnova.audit.AuditTrail;
import org.vidnova.casualties.linkage.LinkageCounts;
import org.vidnova.casualties.linkage.LinkageResult;
import org.vidnova.casualties.linkage.LinkageSettings;
import org.vidnova.casualties.linkage.ReviewPair;
import org.vidnova.casualties.linkage.Verdict;
import org.vidnova.casualties.linkage.VictimLinkage;

/**
 * A linkage run over every report of every list: the engine ({@code casualties.linkage}) links them with the
 * reviewers' decisions so far, then the run stores each report's person, rebuilds the persons, and puts the doubtful
 * pairs it found in the review queue (decided pairs stay as they were). One transaction: the register is never half
 * linked.
 */
@Service
class LinkageRuns {

    static final String ENTITY = "casualties.linkage";

    private final VictimReports reports;
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final AuditTrail audit;

    LinkageRuns(VictimReports reports, JdbcClient jdbc, NamedParameterJdbcTemplate named, AuditTrail audit) {
        this.reports = reports;
        this.jdbc = jdbc;
        this.named = named;
        this.audit = audit;
    }

    @Transactional
    LinkageCounts run() {
        List<VictimReport> all = reports.all();
        List<org.vidnova.casualties.linkage.VictimReport> input = all.stream().map(LinkageRuns::forEngine).toList();
        List<VictimLinkage.Decision> decisions = jdbc.sql("SELECT first_report_id, second_report_id, decision"
                        + " FROM casualties_review WHERE decision IS NOT NULL")
                .query((rs, n) -> new VictimLinkage.Decision(String.valueOf(rs.getLong(1)),
                        String.valueOf(rs.getLong(2)), "same".equals(rs.getString(3)) ? Verdict.SAME
                                : Verdict.DIFFERENT))
                .list();
        LinkageResult result = VictimLinkage.link(input, decisions, LinkageSettings.defaults());
        Instant now = Instant.now();

        Map<Integer, List<VictimReport>> byPerson = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            byPerson.computeIfAbsent(result.person()[i], p -> new ArrayList<>()).add(all.get(i));
        }
        List<PersonFacts> persons = byPerson.values().stream().map(PersonFacts::of).toList();
        storePersons(persons, byPerson);
        storeReviews(result.reviews(), all, now);

        LinkageCounts c = result.counts();
        jdbc.sql("INSERT INTO casualties_run (run_at, actor, records, candidate_pairs, matches, possible_matches,"
                        + " persons, millis) VALUES (:at, :actor, :records, :pairs, :matches, :possible, :persons, :ms)")
                .param("at", Timestamp.from(now)).param("actor", AuditTrail.currentActor())
                .param("records", c.records()).param("pairs", c.candidatePairs()).param("matches", c.matches())
                .param("possible", c.possibleMatches()).param("persons", c.persons()).param("ms", c.millis())
                .update();
        audit.record(ENTITY, "run", AuditAction.CREATE, c);
        return c;
    }

    private void storePersons(List<PersonFacts> persons, Map<Integer, List<VictimReport>> byPerson) {
        jdbc.sql("DELETE FROM casualties_person").update();
        named.batchUpdate("INSERT INTO casualties_person (id, status, district_code, sex, event_date, age_band,"
                + " reports, lists) VALUES (:id, :status, :district, :sex, :event, :band, :reports, :lists)",
                persons.stream().map(p -> (SqlParameterSource) new MapSqlParameterSource()
                        .addValue("id", p.id()).addValue("status", p.status().code())
                        .addValue("district", p.district()).addValue("sex", p.sex())
                        .addValue("event", p.eventDate()).addValue("band", p.ageBand())
                        .addValue("reports", p.reports()).addValue("lists", p.lists())).toArray(SqlParameterSource[]::new));
        List<SqlParameterSource> links = new ArrayList<>();
        byPerson.values().forEach(group -> {
            long person = group.stream().mapToLong(VictimReport::id).min().orElseThrow();
            group.forEach(r -> links.add(new MapSqlParameterSource().addValue("id", r.id())
                    .addValue("person", person)));
        });
        named.batchUpdate("UPDATE casualties_report SET person_id = :person WHERE id = :id",
                links.toArray(SqlParameterSource[]::new));
    }

    /** Pending pairs are replaced by this run's; decided ones are kept (and were given to the engine). */
    private void storeReviews(List<ReviewPair> pairs, List<VictimReport> all, Instant now) {
        jdbc.sql("DELETE FROM casualties_review WHERE decision IS NULL").update();
        java.util.Set<List<Long>> decided = new java.util.HashSet<>(jdbc.sql("SELECT first_report_id,"
                + " second_report_id FROM casualties_review").query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2)))
                .list());
        List<SqlParameterSource> rows = new ArrayList<>();
        for (ReviewPair p : pairs) {
            long a = all.get(p.first()).id();
            long b = all.get(p.second()).id();
            List<Long> key = List.of(Math.min(a, b), Math.max(a, b));
            if (decided.add(key)) {
                rows.add(new MapSqlParameterSource().addValue("first", key.get(0)).addValue("second", key.get(1))
                        .addValue("p", p.probability()).addValue("refused", p.refusedMatch())
                        .addValue("at", Timestamp.from(now)));
            }
        }
        named.batchUpdate("INSERT INTO casualties_review (first_report_id, second_report_id, probability,"
                + " refused_match, found_at) VALUES (:first, :second, :p, :refused, :at)",
                rows.toArray(SqlParameterSource[]::new));
    }

    private static org.vidnova.casualties.linkage.VictimReport forEngine(VictimReport r) {
        return new org.vidnova.casualties.linkage.VictimReport(String.valueOf(r.id()), r.source(), r.familyName(),
                r.givenName(), r.patronymic(), r.sex() == null ? ' ' : r.sex().charAt(0), r.birthDate(),
                r.birthDate() == null ? r.birthYear() : null, r.age(), r.eventDate(), r.districtCode());
    }
}
