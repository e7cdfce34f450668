package org.vidnova.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the fields of one import row (a CSV line or a GeoJSON feature's properties), collecting every problem
 * with its line and field instead of stopping at the first, so a rejected row tells all that is wrong with it.
 * Error messages never quote the value (it may be personal data), only what was expected.
 */
public final class RowFields {

    private static final Set<String> TRUE = Set.of("true", "yes", "y", "1", "так", "да", "t");
    private static final Set<String> FALSE = Set.of("false", "no", "n", "0", "ні", "нет", "f");

    private final long line;
    private final Function<String, String> values;
    private final List<FieldError> errors = new ArrayList<>();

    /** @param values the trimmed value of a field, or null when it is absent or empty */
    /** The fields of a CSV row; a row of the wrong shape is refused whole (its values cannot be trusted). */
    public static RowFields of(CsvRow row) {
        RowFields fields = new RowFields(row.line(), row::get);
        if (row.misshapen() != null) {
            fields.error("row", row.misshapen());
        }
        return fields;
    }

    public RowFields(long line, Function<String, String> values) {
        this.line = line;
        this.values = values;
    }

    public long line() {
        return line;
    }

    public String raw(String field) {
        return values.apply(field);
    }

    public String text(String field, boolean required, int maxLength) {
        String value = values.apply(field);
        if (value == null) {
            if (required) {
                error(field, "is required");
            }
            return null;
        }
        if (value.length() > maxLength) {
            error(field, "is longer than " + maxLength + " characters");
            return null;
        }
        return value;
    }

    public Double decimal(String field, boolean required, double min, double max) {
        String value = text(field, required, 64);
        if (value == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.replace(',', '.'));
            if (!Double.isFinite(d) || d < min || d > max) {
                error(field, "must be a number from " + min + " to " + max);
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            error(field, "must be a number");
            return null;
        }
    }

    public Integer integer(String field, boolean required, int min, int max) {
        String value = text(field, required, 32);
        if (value == null) {
            return null;
        }
        try {
            int i = Integer.parseInt(value.replace(" ", "").replace("\u00A0", ""));
            if (i < min || i > max) {
                error(field, "must be a whole number from " + min + " to " + max);
                return null;
            }
            return i;
        } catch (NumberFormatException e) {
            error(field, "must be a whole number");
            return null;
        }
    }

    /** true/false, yes/no, 1/0, так/ні; {@code whenEmpty} when absent. */
    public Boolean bool(String field, Boolean whenEmpty) {
        String value = text(field, false, 16);
        if (value == null) {
            return whenEmpty;
        }
        String v = value.toLowerCase(Locale.ROOT);
        if (TRUE.contains(v)) {
            return true;
        }
        if (FALSE.contains(v)) {
            return false;
        }
        error(field, "must be true or false");
        return whenEmpty;
    }

    /** One of a fixed set of codes; {@code whenEmpty} when absent. */
    public <T> T choice(String field, Function<String, Optional<T>> parse, T whenEmpty, String allowed) {
        String value = text(field, false, 64);
        if (value == null) {
            if (whenEmpty == null) {
                error(field, "is required: one of " + allowed);
            }
            return whenEmpty;
        }
        Optional<T> parsed = parse.apply(value);
        if (parsed.isEmpty()) {
            error(field, "must be one of " + allowed);
            return whenEmpty;
        }
        return parsed.get();
    }

    /** One of a fixed set of codes, or null when absent (an optional column without a default). */
    public <T> T optionalChoice(String field, Function<String, Optional<T>> parse, String allowed) {
        String value = text(field, false, 64);
        if (value == null) {
            return null;
        }
        Optional<T> parsed = parse.apply(value);
        if (parsed.isEmpty()) {
            error(field, "must be one of " + allowed);
        }
        return parsed.orElse(null);
    }

    /** A time in one of the forms of {@link ImportTimes}; null (and an error when required) when absent or bad. */
    public ImportTimes.Parsed time(String field, boolean required) {
        String value = text(field, required, 64);
        if (value == null) {
            return null;
        }
        Optional<ImportTimes.Parsed> parsed = ImportTimes.parse(value);
        if (parsed.isEmpty()) {
            error(field, "must be " + ImportTimes.FORMS);
        }
        return parsed.orElse(null);
    }

    public void error(String field, String message) {
        errors.add(new FieldError(field, line, message));
    }

    public FieldError problem(String field, String message) {
        return new FieldError(field, line, message);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }
}
