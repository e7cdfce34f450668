package org.vidnova.reporting;

import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** The public pages: the archive list, and a day's report as it was published in the page's language. */
@Controller
class ReportArchivePages {

    private final ReportArchive archive;

    ReportArchivePages(ReportArchive archive) {
        this.archive = archive;
    }

    @GetMapping("/reports")
    String list(Model model) {
        model.addAttribute("days", archive.days());
        return "reports/list";
    }

    /** The stored document itself (it is a whole page with its own links), not a page made again from figures. */
    @GetMapping(value = "/reports/{day}", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String report(@PathVariable String day, Locale locale) {
        String lang = "en".equals(locale.getLanguage()) ? "en" : "uk";
        return archive.html(ReportArchiveController.day(day), lang, null)
                .orElseThrow(() -> ReportArchiveController.missing(day, lang));
    }
}
