package org.vidnova.recovery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.damage.BuildingDirectory;
import org.vidnova.damage.BuildingUse;
import org.vidnova.geo.District;
import org.vidnova.geo.Districts;

/**
 * The projects as an OC4IDS 0.9 project package. Only what the register holds is mapped: id (the OCID-like
 * prefix setting + the project's id), the source's key as an identifier, title, status, type, sector (from the
 * use of its buildings), locations (the district by its KATOTTH code and a point per building), budget with its
 * breakdown by funding source, the funders as parties, spending and physical progress as metrics, milestones,
 * documents, and as related projects the other projects on the same buildings (OC4IDS's own meaning of the word).
 * Nothing personal: no user names, not the approval's author. OC4IDS 0.9.3 closes {@code type} to four codes;
 * maintenance and decommissioning go to {@code additionalClassifications} instead, so no code is forced.
 */
@Service
class Oc4idsExport {

    static final String VERSION = "0.9";
    static final String PATH = "/api/v1/recovery/projects.oc4ids.json";
    private static final Set<String> OC4IDS_TYPES = Set.of("construction", "rehabilitation", "replacement",
            "expansion");
    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    private final ProjectRepository projects;
    private final BuildingDirectory buildings;
    private final Districts districts;
    private final JdbcClient jdbc;
    private final String prefix;
    private final String publisher;
    private final String licence;

    Oc4idsExport(ProjectRepository projects, BuildingDirectory buildings, Districts districts, JdbcClient jdbc,
            @Value("${vidnova.recovery.oc4ids.prefix:oc4ids-vidnova}") String prefix,
            @Value("${vidnova.recovery.oc4ids.publisher:Kharkiv City Council}") String publisher,
            @Value("${vidnova.open-data.licence:CC-BY-4.0}") String licence) {
        this.projects = projects;
        this.buildings = buildings;
        this.districts = districts;
        this.jdbc = jdbc;
        this.prefix = prefix;
        this.publisher = publisher;
        this.licence = licence;
    }

    String projectId(long id) {
        return prefix + "-" + id;
    }

    /** The whole package; {@code base} is this server's address, for the package's own URI and links. */
    @Transactional(readOnly = true)
    Map<String, Object> projectPackage(String base) {
        List<Project> all = projects.find(new ProjectRepository.Filter(null, null, null, null), 0, Integer.MAX_VALUE);
        Map<Long, List<Long>> buildingIds = projects.buildingIds((java.util.Collection<Long>) null);
        Map<Long, List<Long>> byBuilding = new HashMap<>();
        buildingIds.forEach((p, ids) -> ids.forEach(b -> byBuilding.computeIfAbsent(b, k -> new ArrayList<>()).add(p)));
        Map<Long, Project> byId = new HashMap<>();
        all.forEach(p -> byId.put(p.id(), p));
        Map<Long, List<ProjectDetails.Funding>> funding = funding();
        Map<Long, List<ProjectDetails.Milestone>> milestones = milestones();
        Map<Long, List<ProjectDetails.Document>> documents = documents();
        List<Map<String, Object>> items = new ArrayList<>();
        Instant published = null;
        for (Project p : all) {
            List<Long> ids = buildingIds.getOrDefault(p.id(), List.of());
            Set<Long> related = new LinkedHashSet<>();
            ids.forEach(b -> related.addAll(byBuilding.getOrDefault(b, List.of())));
            related.remove(p.id());
            items.add(project(base, p, buildings.find(ids), related.stream().map(byId::get).toList(),
                    funding.getOrDefault(p.id(), List.of()), milestones.getOrDefault(p.id(), List.of()),
                    documents.getOrDefault(p.id(), List.of())));
            published = published == null || p.updatedAt().isAfter(published) ? p.updatedAt() : published;
        }
        Map<String, Object> pkg = new LinkedHashMap<>();
        pkg.put("uri", base + PATH);
        // Generated on demand: the date of the last change to its contents, as OC4IDS asks.
        pkg.put("publishedDate", (published == null ? Instant.EPOCH : published).toString());
        pkg.put("publisher", Map.of("name", publisher));
        pkg.put("license", "https://spdx.org/licenses/" + licence + ".html");
        pkg.put("publicationPolicy", base + "/open-data");
        pkg.put("version", VERSION);
        pkg.put("projects", items);
        return pkg;
    }

    private Map<String, Object> project(String base, Project p, List<BuildingDirectory.Entry> concerned,
            List<Project> related, List<ProjectDetails.Funding> funding, List<ProjectDetails.Milestone> milestones,
            List<ProjectDetails.Document> documents) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", projectId(p.id()));
        m.put("identifiers", List.of(Map.of("scheme", p.source(), "id", p.externalId())));
        m.put("updated", p.updatedAt().toString());
        m.put("title", p.title());
        m.put("status", p.status().code());
        if (OC4IDS_TYPES.contains(p.type().code())) {
            m.put("type", p.type().code());
        } else {
            m.put("additionalClassifications", List.of(Map.of("scheme", "OC4IDS-projectType", "id", p.type().code(),
                    "description", "Project type from the later OC4IDS projectType codelist")));
        }
        putNonEmpty(m, "sector", concerned.stream().map(b -> sector(b.use())).filter(s -> s != null).distinct()
                .sorted().toList());
        putNonEmpty(m, "relatedProjects", related.stream().map(r -> relatedProject(base, r)).toList());
        putNonEmpty(m, "locations", locations(p, concerned));
        m.put("budget", budget(p, funding));
        putNonEmpty(m, "parties", parties(funding));
        putNonEmpty(m, "documents", documents(documents));
        m.put("metrics", metrics(p));
        putNonEmpty(m, "milestones", milestones(milestones));
        if (!milestones.isEmpty()) {
            period(milestones).ifPresent(period -> m.put("period", period));
        }
        return m;
    }

    /** The sector of a building's use, from the OC4IDS projectSector codelist; housing has no code there. */
    static String sector(BuildingUse use) {
        return switch (use) {
            case SCHOOL, KINDERGARTEN -> "education";
            case MEDICAL, PERINATAL -> "health";
            case CULTURE -> "cultureSportsAndRecreation";
            case ADMINISTRATIVE -> "governance";
            case INDUSTRIAL -> "economy";
            case RESIDENTIAL, OTHER -> null;
        };
    }

    private Map<String, Object> relatedProject(String base, Project r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", String.valueOf(r.id()));
        m.put("scheme", "oc4ids");
        m.put("identifier", projectId(r.id()));
        m.put("relationship", r.type().code());
        m.put("title", r.title());
        m.put("uri", base + PATH);
        return m;
    }

    private List<Map<String, Object>> locations(Project p, List<BuildingDirectory.Entry> concerned) {
        List<Map<String, Object>> locations = new ArrayList<>();
        if (p.districtCode() != null) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("id", "district");
            districts.byCode(p.districtCode()).map(District::nameEn).ifPresent(name -> d.put("description", name));
            d.put("gazetteer", Map.of("scheme", "KATOTTH", "identifiers", List.of(p.districtCode())));
            locations.add(d);
        }
        for (BuildingDirectory.Entry b : concerned) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("id", "building-" + b.id());
            String name = b.name() != null ? b.name() : b.address();
            if (name != null && !name.isBlank()) {
                l.put("description", name);
            }
            l.put("geometry", Map.of("type", "Point", "coordinates", List.of(b.lon(), b.lat())));
            locations.add(l);
        }
        return locations;
    }

    private static Map<String, Object> budget(Project p, List<ProjectDetails.Funding> funding) {
        Map<String, Object> budget = new LinkedHashMap<>();
        budget.put("amount", uah(p.cost()));
        List<Map<String, Object>> breakdown = new ArrayList<>();
        for (int i = 0; i < funding.size(); i++) {
            ProjectDetails.Funding f = funding.get(i);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", String.valueOf(i + 1));
            line.put("description", f.kind());
            line.put("amount", uah(f.amount()));
            line.put("sourceParty", Map.of("id", partyId(f), "name", partyName(f)));
            breakdown.add(line);
        }
        putNonEmpty(budget, "budgetBreakdown", breakdown);
        return budget;
    }

    private static List<Map<String, Object>> parties(List<ProjectDetails.Funding> funding) {
        Map<String, Map<String, Object>> parties = new LinkedHashMap<>();
        for (ProjectDetails.Funding f : funding) {
            parties.computeIfAbsent(partyId(f), id -> {
                Map<String, Object> party = new LinkedHashMap<>();
                party.put("id", id);
                party.put("name", partyName(f));
                party.put("roles", List.of("funder", "sourceParty"));
                return party;
            });
        }
        return new ArrayList<>(parties.values());
    }

    private static String partyId(ProjectDetails.Funding f) {
        return f.funder() == null || f.funder().isBlank() ? f.kind() : f.kind() + "-" + f.funder().strip();
    }

    private static String partyName(ProjectDetails.Funding f) {
        if (f.funder() != null && !f.funder().isBlank()) {
            return f.funder().strip();
        }
        return switch (f.kind()) {
            case "city" -> "City budget";
            case "state" -> "State budget of Ukraine";
            default -> "Donor";
        };
    }

    private static List<Map<String, Object>> documents(List<ProjectDetails.Document> documents) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            out.add(Map.of("id", String.valueOf(i + 1), "title", documents.get(i).title(), "url",
                    documents.get(i).url()));
        }
        return out;
    }

    /** Money spent so far (financial progress) and the share of works done (physical progress), as observed now. */
    private static List<Map<String, Object>> metrics(Project p) {
        Map<String, Object> spent = new LinkedHashMap<>();
        spent.put("id", "financialProgress");
        spent.put("title", "Spent so far");
        spent.put("observations", List.of(Map.of("id", "spent", "value", uah(p.spent()))));
        Map<String, Object> progress = new LinkedHashMap<>();
        progress.put("id", "physicalProgress");
        progress.put("title", "Works done");
        progress.put("observations", List.of(Map.of("id", "progress", "measure", p.progress(), "unit",
                Map.of("name", "percent"))));
        return List.of(spent, progress);
    }

    private static List<Map<String, Object>> milestones(List<ProjectDetails.Milestone> milestones) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < milestones.size(); i++) {
            ProjectDetails.Milestone ms = milestones.get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", String.valueOf(i + 1));
            m.put("title", ms.title());
            if (ms.dueOn() != null) {
                m.put("dueDate", dateTime(ms.dueOn()));
            }
            if (ms.doneOn() != null) {
                m.put("dateMet", dateTime(ms.doneOn()));
            }
            m.put("status", ms.doneOn() != null ? "met" : "scheduled");
            out.add(m);
        }
        return out;
    }

    /** The span of the planned milestones: the register holds no other planned period. */
    private static java.util.Optional<Map<String, Object>> period(List<ProjectDetails.Milestone> milestones) {
        var due = milestones.stream().map(ProjectDetails.Milestone::dueOn).filter(d -> d != null)
                .sorted(Comparator.naturalOrder()).toList();
        if (due.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Map.of("startDate", dateTime(due.get(0)), "endDate",
                dateTime(due.get(due.size() - 1))));
    }

    private static String dateTime(LocalDate day) {
        return day.atStartOfDay(KYIV).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static Map<String, Object> uah(long amount) {
        return Map.of("amount", amount, "currency", "UAH");
    }

    private static void putNonEmpty(Map<String, Object> m, String key, List<?> values) {
        // OC4IDS arrays have minItems 1: an empty list is left out, not published empty.
        if (!values.isEmpty()) {
            m.put(key, values);
        }
    }

    private Map<Long, List<ProjectDetails.Funding>> funding() {
        Map<Long, List<ProjectDetails.Funding>> out = new HashMap<>();
        jdbc.sql("SELECT project_id, kind, funder, amount FROM recovery_funding ORDER BY project_id, id")
                .query((java.sql.ResultSet rs) -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new ProjectDetails.Funding(rs.getString(2), rs.getString(3), rs.getLong(4)));
                });
        return out;
    }

    private Map<Long, List<ProjectDetails.Milestone>> milestones() {
        Map<Long, List<ProjectDetails.Milestone>> out = new HashMap<>();
        jdbc.sql("SELECT project_id, title, due_on, done_on FROM recovery_milestone ORDER BY project_id, id")
                .query((java.sql.ResultSet rs) -> {
                    java.sql.Date due = rs.getDate(3);
                    java.sql.Date done = rs.getDate(4);
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ProjectDetails.Milestone(
                            rs.getString(2), due == null ? null : due.toLocalDate(),
                            done == null ? null : done.toLocalDate()));
                });
        return out;
    }

    private Map<Long, List<ProjectDetails.Document>> documents() {
        Map<Long, List<ProjectDetails.Document>> out = new HashMap<>();
        jdbc.sql("SELECT project_id, title, url FROM recovery_document ORDER BY project_id, id")
                .query((java.sql.ResultSet rs) -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new ProjectDetails.Document(rs.getString(2), rs.getString(3)));
                });
        return out;
    }
}
