package org.vidnova.web;

import java.util.List;

/**
 * The answer to every import: how many rows were accepted and rejected, and for each rejected row its line,
 * field and reason. {@code created}, {@code updated} and {@code unchanged} split the accepted rows, so that a
 * re-import of the same file visibly changes nothing. {@code warnings} are accepted rows worth a second look.
 */
public record ImportReport(int accepted, int rejected, int created, int updated, int unchanged,
        List<FieldError> errors, List<FieldError> warnings) {
}
