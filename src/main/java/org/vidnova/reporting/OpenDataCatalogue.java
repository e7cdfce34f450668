package org.vidnova.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.vidnova.disclosure.Disclosure;
import org.vidnova.disclosure.DisclosurePolicy;
import org.vidnova.disclosure.OpenDataset;
import org.vidnova.identity.PublicPaths;

/**
 * The open-data catalogue, shaped after DCAT (W3C Data Catalog Vocabulary): every dataset a module declares, with
 * its licence, last change, method page and downloads, and the disclosure rules in force that shape it, so that a
 * reader knows what was withheld and why. Data whose licence is unknown (the metro stations' coordinates) is not
 * declared and so not listed.
 */
@Controller
class OpenDataCatalogue {

    private final List<OpenDataset> datasets;
    private final Disclosure disclosure;
    private final String cityLicence;

    OpenDataCatalogue(List<OpenDataset> datasets, Disclosure disclosure,
            @Value("${vidnova.open-data.licence:CC-BY-4.0}") String cityLicence) {
        this.datasets = datasets.stream().sorted(Comparator.comparing(OpenDataset::identifier)).toList();
        this.disclosure = disclosure;
        this.cityLicence = cityLicence;
    }

    /** The catalogue as a page: each dataset with its downloads and the rules that shaped it, in uk or en. */
    @GetMapping("/open-data")
    String page(Model model, java.util.Locale locale) {
        model.addAttribute("catalogue", catalogue());
        model.addAttribute("language", "uk".equals(locale.getLanguage()) ? "uk" : "en");
        return "reporting/open-data";
    }

    @GetMapping("/api/v1/open/datasets")
    @ResponseBody
    Map<String, Object> catalogue() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        DisclosurePolicy policy = disclosure.policy();
        List<Map<String, Object>> items = new ArrayList<>();
        for (OpenDataset d : datasets) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("identifier", d.identifier());
            item.put("title", Map.of("en", d.titleEn(), "uk", d.titleUk()));
            item.put("description", Map.of("en", d.descriptionEn(), "uk", d.descriptionUk()));
            item.put("keyword", d.keywords());
            item.put("license", d.licence() == null ? cityLicence : d.licence());
            Instant modified = d.modified().get();
            item.put("modified", modified == null ? null : modified.toString());
            item.put("landingPage", base + d.method());
            item.put("disclosure", d.rules().stream().map(r -> DisclosureStatements.of(r, policy)).toList());
            item.put("distribution", d.distributions().stream().map(x -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("title", x.title());
                m.put("mediaType", x.mediaType());
                m.put("downloadURL", base + x.path());
                if (x.conformsTo() != null) {
                    m.put("conformsTo", x.conformsTo());
                }
                return m;
            }).toList());
            items.add(item);
        }
        Map<String, Object> catalogue = new LinkedHashMap<>();
        catalogue.put("@type", "dcat:Catalog");
        catalogue.put("title", Map.of("en", "Vidnova open data: Kharkiv", "uk", "Відкриті дані Віднови: Харків"));
        catalogue.put("publisher", "Kharkiv City Council (Vidnova)");
        catalogue.put("disclosurePolicy", Map.of("version", policy.version(), "decidedAt",
                policy.decidedAt().toString(), "url", base + "/api/v1/disclosure/policy"));
        catalogue.put("dataset", items);
        return catalogue;
    }

    @Configuration(proxyBeanMethods = false)
    static class PublicCatalogue {

        @Bean
        PublicPaths openDataPublicPaths() {
            return PublicPaths.of("/api/v1/open/datasets", "/open-data");
        }
    }
}
