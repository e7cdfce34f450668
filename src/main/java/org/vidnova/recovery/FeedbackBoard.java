package org.vidnova.recovery;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.audit.AuditAction;
import org.vidnova.audit.AuditTrail;
import org.vidnova.web.ApiProblem;

/**
 * Citizens' feedback on projects: received into a moderation queue, published (with the city's answer) or
 * rejected with a reason by a planner. Every step is audited; only published items and their answers are public.
 */
@Service
class FeedbackBoard {

    static final String ENTITY = "recovery_feedback";
    static final int LISTED = 500;

    /** A project's public feedback: published items and how many comments and complaints were published. */
    record PublicFeedback(long projectId, long comments, long complaints, List<Feedback.Published> items) {
    }

    private final FeedbackRepository feedback;
    private final ProjectRepository projects;
    private final AuditTrail audit;

    FeedbackBoard(FeedbackRepository feedback, ProjectRepository projects, AuditTrail audit) {
        this.feedback = feedback;
        this.projects = projects;
        this.audit = audit;
    }

    /** A 404 problem unless the project exists: the first check of every item sent, before its text is read. */
    @Transactional(readOnly = true)
    public void requireProject(long projectId) {
        projects.findById(projectId).orElseThrow(() -> ProjectRegister.notFound(projectId));
    }

    /** Receives an item (already checked for contact details); it waits for moderation. */
    @Transactional
    public Feedback receive(long projectId, String kind, String text, String language) {
        requireProject(projectId);
        String clean = text.strip();
        long id = feedback.insert(projectId, kind, clean, language, Instant.now());
        audit.record(ENTITY, String.valueOf(id), AuditAction.CREATE, Map.of("project", projectId, "kind", kind,
                "language", language, "text", clean));
        return feedback.find(id).orElseThrow();
    }

    /**
     * Publishes (with an optional answer) or rejects (with a reason) a waiting item. A published item may be
     * published again to give or change its answer; a rejected one stays rejected.
     */
    @Transactional
    public Feedback moderate(long id, boolean publish, String reason, String answer) {
        Feedback before = feedback.find(id).orElseThrow(() -> ApiProblem.notFound("No feedback with id " + id));
        boolean reanswer = publish && "published".equals(before.status());
        if (!"waiting".equals(before.status()) && !reanswer) {
            throw ApiProblem.conflict("decision", "the item is already " + before.status());
        }
        if (!publish && (reason == null || reason.isBlank())) {
            throw ApiProblem.badRequest("reason", "is required to reject an item");
        }
        String status = publish ? "published" : "rejected";
        String cleanAnswer = answer == null || answer.isBlank() ? (reanswer ? before.answer() : null) : answer.strip();
        String cleanReason = publish ? null : reason.strip();
        feedback.moderate(id, status, cleanReason, cleanAnswer, Instant.now(), AuditTrail.currentActor());
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("status", new Object[] {before.status(), status});
        if (cleanReason != null) {
            change.put("reason", cleanReason);
        }
        if (cleanAnswer != null) {
            change.put("answer", new Object[] {before.answer(), cleanAnswer});
        }
        audit.record(ENTITY, String.valueOf(id), AuditAction.UPDATE, change);
        return feedback.find(id).orElseThrow();
    }

    /** Items of a status (waiting, published, rejected), oldest first; any other status is the caller's error. */
    @Transactional(readOnly = true)
    public List<Feedback> queue(String status) {
        if (!status.matches("waiting|published|rejected")) {
            throw ApiProblem.badRequest("status", "must be waiting, published or rejected");
        }
        return feedback.byStatus(status, LISTED);
    }

    @Transactional(readOnly = true)
    public PublicFeedback published(long projectId) {
        requireProject(projectId);
        return new PublicFeedback(projectId, feedback.countPublished(projectId, "comment"),
                feedback.countPublished(projectId, "complaint"),
                feedback.published(projectId, LISTED).stream().map(Feedback::published).toList());
    }
}
