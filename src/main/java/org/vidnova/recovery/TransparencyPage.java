package org.vidnova.recovery;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public transparency page: where the money goes (by status, district and funding source), the projects on
 * a map and in a list with their published complaints, the heritage note, and the open-data downloads.
 */
@Controller
class TransparencyPage {

    private final TransparencyFigures figures;
    private final ProjectRegister register;
    private final FeedbackRepository feedback;

    TransparencyPage(TransparencyFigures figures, ProjectRegister register, FeedbackRepository feedback) {
        this.figures = figures;
        this.register = register;
        this.feedback = feedback;
    }

    @GetMapping("/recovery/transparency")
    @SuppressWarnings("unchecked")
    String page(Model model) {
        Map<String, Object> page = register.list(new ProjectRepository.Filter(null, null, null, null), 0,
                RecoveryPages.LISTED);
        List<ProjectView> projects = (List<ProjectView>) page.get("items");
        model.addAttribute("figures", figures.now());
        model.addAttribute("projects", projects);
        model.addAttribute("total", page.get("total"));
        model.addAttribute("complaints", feedback.publishedComplaints());
        model.addAttribute("heritageProjects", projects.stream().filter(p -> p.heritage().required()).count());
        model.addAttribute("heritageWaiting", projects.stream().filter(p -> p.heritage().blocksImplementation())
                .count());
        return "recovery/transparency";
    }
}
