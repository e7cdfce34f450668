package org.vidnova.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * A dataset a module publishes as open data: declare one bean per dataset; the catalogue lists them all. Its
 * distributions are public endpoints that obey the disclosure policy; {@code rules} names the policy's rules that
 * apply to it (the catalogue states their values in force); {@code licence} is an SPDX identifier, or null for the city's own licence
 * (the setting {@code vidnova.open-data.licence}); {@code modified} tells when its data last changed (null: not
 * known).
 */
public record OpenDataset(String identifier, String titleEn, String titleUk, String descriptionEn,
        String descriptionUk, List<String> keywords, String licence, String method, List<Rule> rules,
        List<Distribution> distributions, Supplier<Instant> modified) {

    /** The rules of the {@link DisclosurePolicy} that shape a dataset. */
    public enum Rule {
        STRIKE_DELAY, STRIKE_LOCATION, HIDDEN_SHELTER_KINDS, SMALL_COUNTS, NO_PERSONAL_DATA
    }

    /** One way to download it: a path under this server, its media type, and the standard it follows. */
    public record Distribution(String title, String mediaType, String path, String conformsTo) {
    }

    /** When the data last changed, by a query of one timestamp (null when the tables are empty). */
    public static Supplier<Instant> lastChange(org.springframework.jdbc.core.simple.JdbcClient jdbc, String sql) {
        return () -> jdbc.sql(sql).query(java.sql.Timestamp.class).optional().map(java.sql.Timestamp::toInstant)
                .orElse(null);
    }

    public static Distribution csvWithHxl(String path) {
        return new Distribution("CSV with an HXL hashtag row", "text/csv", path + (path.contains("?") ? "&" : "?") + "hxl=true", "https://hxlstandard.org/");
    }

    public static Distribution csv(String path) {
        return new Distribution("CSV", "text/csv", path, "https://www.rfc-editor.org/rfc/rfc4180");
    }

    public static Distribution geoJson(String path) {
        return new Distribution("GeoJSON", "application/geo+json", path, "https://www.rfc-editor.org/rfc/rfc7946");
    }

    public static Distribution json(String path) {
        return new Distribution("JSON", "application/json", path, null);
    }
}
