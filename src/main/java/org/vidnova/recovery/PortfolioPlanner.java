package org.vidnova.recovery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.damage.BuildingDirectory;
import org.vidnova.geo.District;
import org.vidnova.geo.Districts;
import org.vidnova.recovery.portfolio.Candidate;
import org.vidnova.recovery.portfolio.Constraints;
import org.vidnova.recovery.portfolio.InfeasiblePortfolio;
import org.vidnova.recovery.portfolio.Portfolio;
import org.vidnova.recovery.portfolio.PortfolioOptimiser;
import org.vidnova.web.ApiProblem;
import org.vidnova.web.FieldError;

/**
 * Turns the candidate projects (identification, preparation) into the optimiser's candidates, with their score
 * and whether they may start (a heritage project needs its approval), and answers a portfolio request.
 */
@Service
class PortfolioPlanner {

    private final ProjectRepository projects;
    private final BuildingDirectory buildings;
    private final HeritageGate heritage;
    private final Scoring scoring;
    private final Districts districts;
    private final PortfolioOptimiser optimiser;

    /**
     * @param timeLimit how long the optimiser may search ({@code vidnova.recovery.portfolio.time-limit}, 1.5 s by
     *        default so that an answer with its explanation arrives within 2 s); past it, the best set found is
     *        returned with its proven bound
     */
    PortfolioPlanner(ProjectRepository projects, BuildingDirectory buildings, HeritageGate heritage,
            Scoring scoring, Districts districts,
            @Value("${vidnova.recovery.portfolio.time-limit:1500ms}") Duration timeLimit) {
        this.optimiser = new PortfolioOptimiser(timeLimit);
        this.projects = projects;
        this.buildings = buildings;
        this.heritage = heritage;
        this.scoring = scoring;
        this.districts = districts;
    }

    @Transactional(readOnly = true)
    public PortfolioAnswer plan(PortfolioRequest request) {
        List<Project> found = projects.candidates();
        Map<Long, List<Long>> buildingIds = projects.buildingIds((java.util.Collection<Long>) null);
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Double> people = new LinkedHashMap<>();
        for (Project p : found) {
            List<Long> ids = buildingIds.getOrDefault(p.id(), List.of());
            Scoring.Score score = scoring.of(p, ids);
            boolean startable = ids.isEmpty() || !heritage.of(p, buildings.find(ids)).blocksImplementation();
            candidates.add(new Candidate(String.valueOf(p.id()), p.cost(), score.value(), p.districtCode(), startable));
            people.put(String.valueOf(p.id()), score.people());
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        if (request.minShareByDistrict() != null) {
            request.minShareByDistrict().forEach((name, share) -> {
                String code = districts.resolve(name).map(District::code).orElseThrow(() -> ApiProblem.badRequest(
                        "minShareByDistrict." + name, "is not a Kharkiv district code or name"));
                shares.merge(code, share == null ? 0 : share, Double::sum);
            });
        }
        Constraints constraints = new Constraints(request.budget(), shares, ids(request.pinnedIn()),
                ids(request.pinnedOut()), groups(request.together()), groups(request.exclusive()));
        try {
            Portfolio best = optimiser.solve(candidates, constraints);
            double greedy;
            try {
                greedy = optimiser.greedy(candidates, constraints).totalScore();
            } catch (InfeasiblePortfolio e) {
                greedy = 0;
            }
            long served = Math.round(best.chosen().stream().mapToDouble(people::get).sum());
            double total = Math.round(best.totalScore() * 10) / 10.0;
            // Rounded up, so that the published bound stays a bound.
            double bound = best.optimal() ? total : Math.max(total, Math.ceil(best.bound() * 10 - 1e-6) / 10.0);
            return new PortfolioAnswer(best.chosen().stream().map(Long::valueOf).toList(), best.totalCost(),
                    total, best.optimal(), best.leftOut().stream()
                            .map(l -> new PortfolioAnswer.LeftOut(Long.parseLong(l.id()), l.reason())).toList(),
                    request.budget(), candidates.size(), Math.round(greedy * 10) / 10.0, served, bound,
                    Math.round((bound - total) * 10) / 10.0);
        } catch (InfeasiblePortfolio e) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Infeasible constraints", e.field() + ": "
                    + e.getMessage(), List.of(FieldError.of(e.field(), e.getMessage())));
        }
    }

    private static Set<String> ids(List<Long> ids) {
        return ids == null ? Set.of() : ids.stream().map(String::valueOf).collect(Collectors.toSet());
    }

    private static List<List<String>> groups(List<List<Long>> groups) {
        return groups == null ? List.of() : groups.stream().map(g -> g.stream().map(String::valueOf).toList()).toList();
    }
}
