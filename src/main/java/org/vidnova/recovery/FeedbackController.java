package org.vidnova.recovery;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vidnova.web.ApiProblem;
import org.vidnova.web.FieldError;

/**
 * Citizens' feedback over HTTP: anyone may send a comment or complaint on a project (rate-limited, no personal
 * data asked, contact details refused) and read what was published; planners moderate the queue.
 */
@RestController
@RequestMapping("/api/v1/recovery")
class FeedbackController {

    /** Body of a resident's feedback: what they say about the project, nothing about who they are. */
    record NewFeedback(
            @NotNull @Pattern(regexp = "comment|complaint", message = "must be comment or complaint") String kind,
            @NotNull String text,
            @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code, such as uk or en")
            String language) {
    }

    /** A planner's decision: publish (with an optional answer) or reject (with a reason). */
    record Moderation(
            @NotNull @Pattern(regexp = "publish|reject", message = "must be publish or reject") String decision,
            @Size(max = 500) String reason, @Size(max = 4000) String answer) {
    }

    private final FeedbackBoard board;
    private final FeedbackRateLimit rateLimit;

    FeedbackController(FeedbackBoard board, FeedbackRateLimit rateLimit) {
        this.board = board;
        this.rateLimit = rateLimit;
    }

    @PostMapping("/projects/{id}/feedback")
    ResponseEntity<Map<String, Object>> send(@PathVariable long id, @Valid @RequestBody NewFeedback body,
            HttpServletRequest request) {
        Feedback saved = receive(board, rateLimit, id, body.kind(), body.text(), body.language(),
                request.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", saved.id(), "status", saved.status()));
    }

    /** The checks every way in shares (the API and the project page's form): project, text, then the limit. */
    static Feedback receive(FeedbackBoard board, FeedbackRateLimit rateLimit, long projectId, String kind,
            String text, String language, String client) {
        board.requireProject(projectId);
        FeedbackText.problem(text).ifPresent(problem -> {
            throw ApiProblem.badRequest("text", problem.message());
        });
        if (!rateLimit.tryAcquire(client)) {
            throw new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "Too much feedback",
                    "Thank you: your feedback was received. Please try again in a few minutes.",
                    List.of(FieldError.of("text", "too many items from this device; try later")));
        }
        return board.receive(projectId, kind, text, language == null ? "uk" : language);
    }

    @GetMapping("/projects/{id}/feedback")
    FeedbackBoard.PublicFeedback published(@PathVariable long id) {
        return board.published(id);
    }

    @GetMapping("/feedback")
    @PreAuthorize("hasRole('PLANNER')")
    List<Feedback> queue(@RequestParam(defaultValue = "waiting") String status) {
        return board.queue(status);
    }

    @PostMapping("/feedback/{id}/moderation")
    @PreAuthorize("hasRole('PLANNER')")
    Feedback moderate(@PathVariable long id, @Valid @RequestBody Moderation body) {
        return board.moderate(id, "publish".equals(body.decision()), body.reason(), body.answer());
    }
}
