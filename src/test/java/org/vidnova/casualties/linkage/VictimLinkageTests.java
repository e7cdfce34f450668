package org.vidnova.casualties.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The entry point on a few hand-written reports: spellings, reviewers' verdicts, no chaining through one link. */
class VictimLinkageTests {

    static final LocalDate STRIKE = LocalDate.of(2022, 3, 1);

    /** Background people, so that EM sees non-matches and the names' frequencies. */
    static List<VictimReport> background() {
        return new ArrayList<>(CasualtyLists.generate(400, 3).reports());
    }

    static VictimReport report(String id, String list, String family, String given, String patronymic, char sex,
            LocalDate born, Integer age, LocalDate event) {
        return new VictimReport(id, list, family, given, patronymic, sex, born, null, age, event, "kyivskyi");
    }

    static int person(LinkageResult result, List<VictimReport> reports, String id) {
        for (int i = 0; i < reports.size(); i++) {
            if (reports.get(i).id().equals(id)) {
                return result.person()[i];
            }
        }
        throw new IllegalArgumentException(id);
    }

    @Test
    void oneManInThreeScriptsIsOnePerson() {
        List<VictimReport> reports = background();
        reports.add(report("a", "hospital", "Коваленко", "Олександр", "Ігорович", 'M', LocalDate.of(1970, 5, 4), null,
                STRIKE));
        reports.add(report("b", "police", "Коваленко", "Александр", "Игоревич", 'M', null, 51, STRIKE.plusDays(1)));
        reports.add(report("c", "media", "Kovalenko", "Oleksandr", "", 'M', LocalDate.of(1970, 5, 4), null, STRIKE));
        reports.add(report("d", "media", "Kovalenko", "Ivan", "", 'M', LocalDate.of(1999, 1, 2), null, STRIKE));
        LinkageResult result = VictimLinkage.link(reports, List.of(), LinkageSettings.defaults());
        assertThat(person(result, reports, "b")).isEqualTo(person(result, reports, "a"));
        assertThat(person(result, reports, "c")).isEqualTo(person(result, reports, "a"));
        assertThat(person(result, reports, "d")).isNotEqualTo(person(result, reports, "a"));
        LinkageCounts counts = result.counts();
        assertThat(counts.records()).isEqualTo(reports.size());
        assertThat(counts.persons()).isLessThan(reports.size());
        assertThat(counts.candidatePairs()).isPositive();
    }

    @Test
    void reviewersVerdictsAreKept() {
        List<VictimReport> reports = background();
        reports.add(report("a", "hospital", "Коваленко", "Олександр", "Ігорович", 'M', LocalDate.of(1970, 5, 4), null,
                STRIKE));
        reports.add(report("b", "police", "Коваленко", "Александр", "Игоревич", 'M', LocalDate.of(1970, 5, 4), null,
                STRIKE));
        reports.add(report("x", "ngo", "Бондар", "Ірина", "", 'F', null, null, null));
        reports.add(report("y", "media", "Petrenko", "Iryna", "", 'F', null, null, null));
        List<VictimLinkage.Decision> decisions = List.of(new VictimLinkage.Decision("a", "b", Verdict.DIFFERENT),
                new VictimLinkage.Decision("y", "x", Verdict.SAME));
        LinkageResult result = VictimLinkage.link(reports, decisions, LinkageSettings.defaults());
        assertThat(person(result, reports, "a")).isNotEqualTo(person(result, reports, "b"));
        assertThat(person(result, reports, "x")).isEqualTo(person(result, reports, "y"));
        int a = reports.size() - 4;
        assertThat(result.reviews()).noneMatch(r -> r.first() == a && r.second() == a + 1);
    }

    @Test
    void oneBadLinkDoesNotChainTwoPeople() {
        // two brothers killed together, each reported twice; a wrong link joins one report of each
        LinkageInput input = new LinkageInput(new int[] {0, 1, 0, 1}, List.of(), List.of());
        long[] links = {CandidatePairs.pair(0, 1), CandidatePairs.pair(2, 3), CandidatePairs.pair(1, 2)};
        int[] person = new Clustering(input, LinkageSettings.defaults()).persons(links, List.of(), new ArrayList<>());
        assertThat(person[0]).isEqualTo(person[1]);
        assertThat(person[2]).isEqualTo(person[3]);
        assertThat(person[1]).isNotEqualTo(person[2]);
    }

    @Test
    void emptyAndBareListsGiveOnePersonPerReport() {
        assertThat(VictimLinkage.link(List.of(), List.of(), LinkageSettings.defaults()).counts().persons()).isZero();
        List<VictimReport> bare = List.of(new VictimReport("a", "x", null, null, null, ' ', null, null, null, null, null),
                new VictimReport("b", "y", " ", "", null, ' ', null, null, null, null, ""));
        LinkageResult result = VictimLinkage.link(bare, List.of(), LinkageSettings.defaults());
        assertThat(result.counts().persons()).isEqualTo(2);
        assertThat(result.counts().candidatePairs()).isZero();
    }

    @Test
    void duplicateReportIdsAreRefused() {
        List<VictimReport> reports = List.of(report("a", "x", "A", "B", "", 'M', null, null, null),
                report("a", "y", "A", "B", "", 'M', null, null, null));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> VictimLinkage.link(reports, List.of(),
                LinkageSettings.defaults())).isInstanceOf(IllegalArgumentException.class);
    }
}
