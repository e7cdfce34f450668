package org.vidnova.recovery.portfolio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generated city-sized portfolios: projects in nine districts with log-normal costs (a yard repair to a new
 * hospital), scores of people served weighted as the recovery scoring does (so score per UAH varies tenfold), a
 * budget of a quarter of all costs and a minimum share of 5-10% for five districts, some groups and exclusions.
 */
public final class PortfolioInstances {

    public record Instance(List<Candidate> candidates, Constraints constraints) {
    }

    private PortfolioInstances() {
    }

    public static Instance city(int n, long seed) {
        Random r = new Random(seed);
        List<Candidate> cs = new ArrayList<>();
        long total = 0;
        for (int c = 0; c < n; c++) {
            long cost = Math.round(Math.exp(14.5 + 1.2 * r.nextGaussian())) + 100_000;
            double perMillion = Math.exp(3 + 0.8 * r.nextGaussian());
            double score = Math.round(cost / 1e6 * perMillion * (1 + r.nextDouble()) * 10) / 10.0;
            String district = "D" + r.nextInt(9);
            cs.add(new Candidate("p" + c, cost, score, district, r.nextInt(20) != 0));
            total += cost;
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        for (int d = 0; d < 5; d++) {
            shares.put("D" + d, 0.05 + 0.01 * d);
        }
        List<List<String>> together = new ArrayList<>();
        List<List<String>> exclusive = new ArrayList<>();
        for (int t = 0; t < n / 100; t++) {
            together.add(List.of("p" + r.nextInt(n), "p" + r.nextInt(n)));
            exclusive.add(List.of("p" + r.nextInt(n), "p" + r.nextInt(n)));
        }
        exclusive.removeIf(pair -> pair.get(0).equals(pair.get(1)));
        return new Instance(cs, new Constraints(total / 4, shares, null, null, together, exclusive));
    }
}
