package org.vidnova.casualties;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vidnova.casualties.estimation.MultipleSystemsEstimation;
import org.vidnova.web.ApiProblem;
import org.vidnova.web.UploadLimit;

import tools.jackson.databind.JsonNode;

/**
 * Multiple systems estimation for an analyst's own list-overlap table: how many people are on no list, with
 * intervals and the reasons to doubt them. Nothing is stored; the table may hold small counts of named sources,
 * so the endpoint is for analysts only.
 */
@RestController
@RequestMapping("/api/v1/estimation")
class EstimationController {

    private final long maxUpload;

    /** A list-overlap table is at most a few thousand rows; 1 MB is generous. */
    EstimationController(@Value("${vidnova.estimation.max-upload:1MB}") DataSize maxUpload) {
        this.maxUpload = maxUpload.toBytes();
    }

    /** {@code {lists:[names], cells:{101: 12, …}}}; {@code models=all} lists every model, not only the plausible. */
    @PostMapping(value = "/mse", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ANALYST')")
    MseView fromJson(@RequestBody JsonNode body, @RequestParam(defaultValue = "plausible") String models) {
        return MseView.of(MultipleSystemsEstimation.estimate(OverlapTable.fromJson(body)), all(models));
    }

    /** A CSV with one 0/1 column per list and a {@code freq} column. */
    @PostMapping(value = "/mse", consumes = {"text/csv", "text/plain"})
    @PreAuthorize("hasRole('ANALYST')")
    MseView fromCsv(HttpServletRequest request, @RequestParam(defaultValue = "plausible") String models)
            throws IOException {
        try (InputStream in = UploadLimit.bounded(request.getInputStream(), request.getContentLengthLong(),
                maxUpload)) {
            return MseView.of(MultipleSystemsEstimation.estimate(OverlapTable.fromCsv(in)), all(models));
        }
    }

    private static boolean all(String models) {
        return switch (models) {
            case "all" -> true;
            case "plausible" -> false;
            default -> throw ApiProblem.badRequest("models", "must be plausible or all");
        };
    }
}
