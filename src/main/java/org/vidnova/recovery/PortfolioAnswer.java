package org.vidnova.recovery;

import java.util.List;

/**
 * The answer of the portfolio optimiser: the chosen project ids, their total cost and score, whether the set is
 * proven optimal, every other candidate with why it was left out; and, beyond the contract, what the budget
 * buys (people served, by kind) and the greedy baseline's score for comparison.
 */
record PortfolioAnswer(List<Long> chosen, long totalCost, double totalScore, boolean optimal,
        List<LeftOut> leftOut, long budget, int candidates, double greedyScore, long peopleServed) {

    record LeftOut(long id, String reason) {
    }
}
