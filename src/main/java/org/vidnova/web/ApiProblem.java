package org.vidnova.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error a module raises on purpose, answered as an RFC 9457 problem naming the offending fields.
 * Throw it from controllers and services; {@link ProblemDetailsAdvice} renders it.
 */
public class ApiProblem extends ErrorResponseException {

    public ApiProblem(HttpStatus status, String title, String detail, List<FieldError> errors) {
        super(status, problem(status, title, detail, errors), null);
    }

    public static ApiProblem badRequest(String field, String message) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid input", field + ": " + message,
                List.of(FieldError.of(field, message)));
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "Not found", detail, List.of());
    }

    public static ApiProblem conflict(String field, String message) {
        return new ApiProblem(HttpStatus.CONFLICT, "Conflict", field + ": " + message,
                List.of(FieldError.of(field, message)));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
