package org.vidnova.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The archive's table: insert and read only (an archived report is never updated). */
@Repository
class ReportArchiveRepository {

    /** One stored report without its documents. */
    record Entry(LocalDate day, String lang, int version, Instant createdAt, String createdBy) {
    }

    private final JdbcClient jdbc;

    ReportArchiveRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Entry e, String figuresJson, String html, byte[] pdf) {
        jdbc.sql("INSERT INTO reporting_report (report_day, lang, version, created_at, created_by, figures_json,"
                        + " html, pdf) VALUES (:day, :lang, :version, :createdAt, :createdBy, :figures, :html, :pdf)")
                .param("day", e.day()).param("lang", e.lang()).param("version", e.version())
                .param("createdAt", Timestamp.from(e.createdAt())).param("createdBy", e.createdBy())
                .param("figures", figuresJson).param("html", html).param("pdf", pdf)
                .update();
    }

    /** The highest version of a day's report in a language, 0 when there is none. */
    int lastVersion(LocalDate day, String lang) {
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM reporting_report WHERE report_day = :day"
                        + " AND lang = :lang")
                .param("day", day).param("lang", lang).query(Integer.class).single();
    }

    /** The figures (JSON) of the latest version of the last report before {@code day} in {@code lang}. */
    Optional<String> figuresBefore(LocalDate day, String lang) {
        return jdbc.sql("SELECT figures_json FROM reporting_report WHERE lang = :lang AND report_day < :day"
                        + " ORDER BY report_day DESC, version DESC LIMIT 1")
                .param("day", day).param("lang", lang).query(String.class).optional();
    }

    /** Version {@code version} of a report, or its latest when {@code version} is null. */
    Optional<String> html(LocalDate day, String lang, Integer version) {
        return jdbc.sql("SELECT html FROM reporting_report WHERE report_day = :day AND lang = :lang"
                        + pick(version))
                .param("day", day).param("lang", lang).param("version", version == null ? 0 : version)
                .query(String.class).optional();
    }

    Optional<byte[]> pdf(LocalDate day, String lang, Integer version) {
        return jdbc.sql("SELECT pdf FROM reporting_report WHERE report_day = :day AND lang = :lang"
                        + pick(version))
                .param("day", day).param("lang", lang).param("version", version == null ? 0 : version)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    Optional<String> figures(LocalDate day, String lang, Integer version) {
        return jdbc.sql("SELECT figures_json FROM reporting_report WHERE report_day = :day AND lang = :lang"
                        + pick(version))
                .param("day", day).param("lang", lang).param("version", version == null ? 0 : version)
                .query(String.class).optional();
    }

    /** Every stored report (all versions), newest day first. */
    List<Entry> entries() {
        return jdbc.sql("SELECT report_day, lang, version, created_at, created_by FROM reporting_report"
                        + " ORDER BY report_day DESC, lang, version")
                .query((rs, n) -> new Entry(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getInt(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .list();
    }

    private static String pick(Integer version) {
        return version == null ? " AND :version = 0 ORDER BY version DESC LIMIT 1" : " AND version = :version";
    }
}
