package org.vidnova.recovery;

import java.util.List;

/**
 * The answer of the portfolio optimiser: the chosen project ids, their total cost and score, whether the set is
 * proven optimal, every other candidate with why it was left out; and, beyond the contract, what the budget
 * buys (people served, by kind), the greedy baseline's score for comparison, and the proven bound on the best
 * total score with the gap to it (0 when optimal; when the search hit its time limit, no set scores more than
 * {@code bound}).
 */
record PortfolioAnswer(List<Long> chosen, long totalCost, double totalScore, boolean optimal,
        List<LeftOut> leftOut, long budget, int candidates, double greedyScore, long peopleServed, double bound,
        double gap) {

    record LeftOut(long id, String reason) {
    }
}
