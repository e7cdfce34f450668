package org.vidnova.recovery.portfolio;

import java.util.List;

/**
 * The chosen projects (in the order they were given), their cost and score, whether the set is proven optimal
 * (false only when the search hit its time limit), and every other project with the reason it was left out;
 * {@code bound} is the proven upper bound on the best total score (equal to it when optimal; NaN for the greedy
 * baseline, which proves nothing).
 */
public record Portfolio(List<String> chosen, long totalCost, double totalScore, boolean optimal,
        List<LeftOut> leftOut, long nodes, double bound) {

    /** A project not chosen, and why. */
    public record LeftOut(String id, String reason) {
    }
}
