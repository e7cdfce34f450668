package org.vidnova.recovery;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.vidnova.web.ApiProblem;

/**
 * The recovery pages: the public map and list of projects, a project's page (with its heritage note), and the
 * planner's portfolio page, where the budget slider submits the form and the page shows what the budget buys.
 */
@Controller
class RecoveryPages {

    static final int LISTED = 500;

    private final ProjectRegister register;
    private final PortfolioPlanner planner;
    private final FeedbackBoard feedback;

    RecoveryPages(ProjectRegister register, PortfolioPlanner planner, FeedbackBoard feedback) {
        this.register = register;
        this.planner = planner;
        this.feedback = feedback;
    }

    @GetMapping("/recovery")
    String list(Model model) {
        Map<String, Object> page = register.list(new ProjectRepository.Filter(null, null, null, null), 0, LISTED);
        model.addAttribute("projects", page.get("items"));
        model.addAttribute("total", page.get("total"));
        return "recovery/list";
    }

    @GetMapping("/recovery/projects/{id}")
    String project(@PathVariable long id, Model model) {
        model.addAttribute("project", register.view(id).orElseThrow(() -> ProjectRegister.notFound(id)));
        model.addAttribute("feedback", feedback.published(id));
        return "recovery/project";
    }

    /** {@code budget} in million UAH, as the slider moves. */
    @GetMapping("/recovery/portfolio")
    @PreAuthorize("hasRole('PLANNER')")
    String portfolio(@RequestParam(defaultValue = "100") double budget, Model model) {
        if (!(budget >= 0 && budget <= 1_000_000)) {
            throw ApiProblem.badRequest("budget", "must be from 0 to 1000000 million UAH");
        }
        PortfolioAnswer answer;
        String infeasible = null;
        try {
            answer = planner.plan(new PortfolioRequest(Math.round(budget * 1e6), null, null, null, null, null));
        } catch (ApiProblem e) {
            answer = null;
            infeasible = e.getBody().getDetail();
        }
        model.addAttribute("budget", budget);
        model.addAttribute("answer", answer);
        model.addAttribute("infeasible", infeasible);
        if (answer != null) {
            model.addAttribute("chosen", answer.chosen().stream().limit(LISTED).map(register::view).flatMap(java.util.Optional::stream)
                    .toList());
            List<Map<String, Object>> leftOut = answer.leftOut().stream().limit(LISTED).map(l -> Map.<String, Object>of(
                    "project", register.view(l.id()).orElseThrow(), "reason", l.reason())).toList();
            model.addAttribute("leftOut", leftOut);
        }
        return "recovery/portfolio";
    }
}
