package org.vidnova.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;

/**
 * Every API error as an RFC 9457 problem detail that names the offending parameter or field
 * ({@code errors: [{field, line, message}]}); never a stack trace, SQL or an echo of personal data.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> conflict(DataIntegrityViolationException ex) {
        // The SQL message may quote the row (and so personal data): log only the exception type.
        log.info("Request refused by a database constraint ({})", ex.getClass().getSimpleName());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The change conflicts with data already recorded.");
        problem.setTitle("Conflict");
        return json(problem);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void rethrowSecurity(RuntimeException ex) {
        // Left to Spring Security's filters, which answer 401 or 403 as problems too.
        throw ex;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        String incident = UUID.randomUUID().toString();
        // Messages can quote input (and so personal data): log the exception types and frames only.
        log.error("Unexpected error {}: {}", incident, withoutMessages(ex));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred. Quote this reference to the administrator: " + incident);
        problem.setTitle("Internal Server Error");
        problem.setProperty("reference", incident);
        return json(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            List<FieldError> errors = errorsOf(ex);
            boolean named = problem.getProperties() != null && problem.getProperties().containsKey("errors");
            if (!errors.isEmpty() && !named) {
                problem.setProperty("errors", errors);
                if (errors.size() == 1) {
                    problem.setDetail(errors.get(0).field() + ": " + errors.get(0).message());
                }
            }
            HttpHeaders out = new HttpHeaders();
            out.putAll(response.getHeaders());
            if (!(ex instanceof HttpMediaTypeNotAcceptableException)) {
                out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            }
            return new ResponseEntity<>(problem, out, response.getStatusCode());
        }
        return response;
    }

    private static List<FieldError> errorsOf(Exception ex) {
        List<FieldError> errors = new ArrayList<>();
        if (ex instanceof MethodArgumentNotValidException invalid) {
            invalid.getBindingResult().getFieldErrors().forEach(e -> errors.add(FieldError.of(e.getField(),
                    e.getDefaultMessage())));
            invalid.getBindingResult().getGlobalErrors().forEach(e -> errors.add(FieldError.of(e.getObjectName(),
                    e.getDefaultMessage())));
        } else if (ex instanceof HandlerMethodValidationException invalid) {
            invalid.getParameterValidationResults().forEach(result -> {
                String name = result.getMethodParameter().getParameterName();
                result.getResolvableErrors().forEach(e -> errors.add(FieldError.of(name, e.getDefaultMessage())));
            });
        } else if (ex instanceof MissingServletRequestParameterException missing) {
            errors.add(FieldError.of(missing.getParameterName(), "is required"));
        } else if (ex instanceof MissingServletRequestPartException missing) {
            errors.add(FieldError.of(missing.getRequestPartName(), "is required"));
        } else if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
            String type = mismatch.getRequiredType() == null ? "value" : mismatch.getRequiredType().getSimpleName();
            errors.add(FieldError.of(mismatch.getName(), "must be a valid " + type.toLowerCase()));
        } else if (ex instanceof HttpMessageNotReadableException unreadable) {
            JacksonException json = jacksonCause(unreadable);
            if (json != null && !json.getPath().isEmpty()) {
                StringBuilder field = new StringBuilder();
                for (JacksonException.Reference ref : json.getPath()) {
                    if (ref.getPropertyName() != null) {
                        field.append(field.isEmpty() ? "" : ".").append(ref.getPropertyName());
                    } else if (ref.getIndex() >= 0) {
                        field.append('[').append(ref.getIndex()).append(']');
                    }
                }
                errors.add(FieldError.of(field.toString(), "has a value of the wrong type or format"));
            } else if (json != null) {
                errors.add(new FieldError("body", json.getLocation() == null ? null
                        : (long) json.getLocation().getLineNr(), "is not valid JSON"));
            } else {
                errors.add(FieldError.of("body", "is missing or unreadable"));
            }
        }
        return errors;
    }

    static String withoutMessages(Throwable ex) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            out.append(t == ex ? "" : "\nCaused by: ").append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 25); i++) {
                out.append("\n\tat ").append(frames[i]);
            }
        }
        return out.toString();
    }

    private static JacksonException jacksonCause(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof JacksonException json) {
                return json;
            }
        }
        return null;
    }

    private static ResponseEntity<ProblemDetail> json(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
