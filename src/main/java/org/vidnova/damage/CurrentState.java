package org.vidnova.damage;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule that decides a building's current state from its assessments: the assessment of the highest-ranked
 * assessor (commission, inspector, satellite, citizen) wins, then the newest, then the last written. The same rule
 * is {@link AssessmentRepository#RANKED} in SQL. Disagreement stays visible: assessors disagree when the latest
 * assessments of two kinds of assessor differ by two grades or more.
 */
final class CurrentState {

    static final Comparator<Assessment> PRECEDENCE = Comparator.comparingInt((Assessment a) -> a.assessor().rank())
            .thenComparing(Assessment::assessedOn, Comparator.reverseOrder())
            .thenComparing(Assessment::id, Comparator.reverseOrder());
    static final int DISAGREEMENT = 2;

    private CurrentState() {
    }

    static Optional<Assessment> of(List<Assessment> assessments) {
        return assessments.stream().min(PRECEDENCE);
    }

    /** The latest assessment of each kind of assessor. */
    static Map<Assessor, Assessment> latestByAssessor(List<Assessment> assessments) {
        Map<Assessor, Assessment> latest = new EnumMap<>(Assessor.class);
        for (Assessment a : assessments) {
            latest.merge(a.assessor(), a, (x, y) -> PRECEDENCE.compare(x, y) <= 0 ? x : y);
        }
        return latest;
    }

    /** The spread of grades between the latest assessments of each kind of assessor (0 with one kind or none). */
    static int spread(List<Assessment> assessments) {
        var grades = latestByAssessor(assessments).values().stream().mapToInt(Assessment::grade).summaryStatistics();
        return grades.getCount() == 0 ? 0 : grades.getMax() - grades.getMin();
    }
}
