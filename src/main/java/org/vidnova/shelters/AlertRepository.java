package org.vidnova.shelters;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AlertRepository {

    private final JdbcClient jdbc;

    AlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(AlertType type, boolean wholeCity, List<String> districts, Instant at, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO shelters_alert (type, whole_city, raised_at, raised_by)
                VALUES (:type, :city, :at, :by)""")
                .param("type", type.code()).param("city", wholeCity).param("at", Timestamp.from(at)).param("by", by)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (String code : districts) {
            jdbc.sql("INSERT INTO shelters_alert_district (alert_id, district_code) VALUES (:id, :code)")
                    .param("id", id).param("code", code).update();
        }
        return id;
    }

    /** Ends the alert if it is still active; false when it had already ended. */
    boolean end(long id, Instant at, String by) {
        return jdbc.sql("UPDATE shelters_alert SET ended_at = :at, ended_by = :by WHERE id = :id AND ended_at IS NULL")
                .param("at", Timestamp.from(at)).param("by", by).param("id", id).update() > 0;
    }

    Optional<Alert> findById(long id) {
        return find("a.id = :id", Map.of("id", id)).stream().findFirst();
    }

    List<Alert> findActive() {
        return find("a.ended_at IS NULL", Map.of());
    }

    /** Alerts that were active at some moment from {@code from} (inclusive) to {@code to} (exclusive). */
    List<Alert> findOverlapping(Instant from, Instant to) {
        return find("a.raised_at < :to AND (a.ended_at IS NULL OR a.ended_at > :from)",
                Map.of("from", Timestamp.from(from), "to", Timestamp.from(to)));
    }

    private List<Alert> find(String condition, Map<String, Object> params) {
        Map<Long, Alert> alerts = new LinkedHashMap<>();
        Map<Long, List<String>> codes = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT a.id, a.type, a.whole_city, a.raised_at, a.ended_at, d.district_code
                FROM shelters_alert a LEFT JOIN shelters_alert_district d ON d.alert_id = a.id
                WHERE %s ORDER BY a.raised_at, a.id, d.district_code""".formatted(condition))
                .params(params)
                .query(rs -> {
                    long id = rs.getLong(1);
                    if (!alerts.containsKey(id)) {
                        Timestamp ended = rs.getTimestamp(5);
                        alerts.put(id, new Alert(id, AlertType.parse(rs.getString(2)).orElseThrow(), rs.getBoolean(3),
                                List.of(), rs.getTimestamp(4).toInstant(), ended == null ? null : ended.toInstant()));
                        codes.put(id, new ArrayList<>());
                    }
                    if (rs.getString(6) != null) {
                        codes.get(id).add(rs.getString(6));
                    }
                });
        List<Alert> found = new ArrayList<>();
        alerts.forEach((id, a) -> found.add(new Alert(id, a.type(), a.wholeCity(), List.copyOf(codes.get(id)),
                a.raisedAt(), a.endedAt())));
        return found;
    }
}
