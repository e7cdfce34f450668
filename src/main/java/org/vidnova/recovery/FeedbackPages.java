package org.vidnova.recovery;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vidnova.web.ApiProblem;

/**
 * Feedback on the pages: the project page's form (a plain form POST with CSRF, so it works without JavaScript;
 * the outcome comes back to the project page) and the planner's moderation page.
 */
@Controller
class FeedbackPages {

    private final FeedbackBoard board;
    private final FeedbackRateLimit rateLimit;

    FeedbackPages(FeedbackBoard board, FeedbackRateLimit rateLimit) {
        this.board = board;
        this.rateLimit = rateLimit;
    }

    @PostMapping("/recovery/projects/{id}/feedback")
    String send(@PathVariable long id, @RequestParam(defaultValue = "comment") String kind,
            @RequestParam(defaultValue = "") String text, Locale locale, HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!"comment".equals(kind) && !"complaint".equals(kind)) {
            throw ApiProblem.badRequest("kind", "must be comment or complaint");
        }
        Optional<FeedbackText.Problem> problem = FeedbackText.problem(text);
        String outcome;
        if (problem.isPresent()) {
            board.requireProject(id);
            outcome = problem.get().key();
            // Given back so that the resident can correct it instead of typing it again.
            redirect.addFlashAttribute("feedbackText", text);
            redirect.addFlashAttribute("feedbackKind", kind);
        } else {
            try {
                FeedbackController.receive(board, rateLimit, id, kind, text, locale.getLanguage(),
                        request.getRemoteAddr());
                outcome = "recovery.feedback.sent";
            } catch (ApiProblem e) {
                if (e.getStatusCode().value() != HttpStatus.TOO_MANY_REQUESTS.value()) {
                    throw e;
                }
                outcome = "recovery.feedback.tooMany";
            }
        }
        redirect.addFlashAttribute("feedbackOutcome", outcome);
        return "redirect:/recovery/projects/" + id + "#feedback";
    }

    @GetMapping("/recovery/feedback")
    @PreAuthorize("hasRole('PLANNER')")
    String queue(@RequestParam(defaultValue = "waiting") String status, Model model) {
        model.addAttribute("status", status);
        model.addAttribute("items", board.queue(status));
        return "recovery/feedback";
    }

    @PostMapping("/recovery/feedback/{id}/moderation")
    @PreAuthorize("hasRole('PLANNER')")
    String moderate(@PathVariable long id, @RequestParam String decision,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String answer,
            RedirectAttributes redirect) {
        if (!"publish".equals(decision) && !"reject".equals(decision)) {
            throw ApiProblem.badRequest("decision", "must be publish or reject");
        }
        if (reason != null && reason.length() > 500 || answer != null && answer.length() > 4000) {
            throw ApiProblem.badRequest(answer != null && answer.length() > 4000 ? "answer" : "reason",
                    "is too long");
        }
        board.moderate(id, "publish".equals(decision), reason, answer);
        redirect.addFlashAttribute("moderated", String.valueOf(id));
        return "redirect:/recovery/feedback";
    }
}
