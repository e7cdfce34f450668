package org.vidnova.web;

/** One offending input: the field (or parameter, or column), the line of a file where there is one, and why. */
public record FieldError(String field, Long line, String message) {

    public static FieldError of(String field, String message) {
        return new FieldError(field, null, message);
    }
}
