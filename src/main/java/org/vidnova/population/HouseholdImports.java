package org.vidnova.population;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.audit.AuditAction;
import org.vidnova.audit.AuditTrail;
import org.vidnova.damage.HomeStates;
import org.vidnova.web.Codes;
import org.vidnova.web.ImportReport;
import org.vidnova.web.ImportTally;
import org.vidnova.web.RowFields;

/**
 * Households from a social service's file, upserted by (source, external id): the same file twice changes nothing.
 * A row whose home the damage register holds habitable needs an {@code override_reason}. An update changes the
 * description only: a placed or moved-out household keeps where it stays. One transaction; writes audited in one
 * batch, without the personal fields' values.
 */
@Service
class HouseholdImports {

    private final JdbcClient jdbc;
    private final Households households;
    private final HomeStates homes;
    private final AuditTrail audit;

    HouseholdImports(JdbcClient jdbc, Households households, HomeStates homes, AuditTrail audit) {
        this.jdbc = jdbc;
        this.households = households;
        this.homes = homes;
        this.audit = audit;
    }

    @Transactional
    ImportReport importRows(String source, Consumer<Consumer<RowFields>> rows) {
        Map<String, Long> stored = new HashMap<>();
        jdbc.sql("SELECT id, external_id FROM population_household WHERE source = :source").param("source", source)
                .query(rs -> {
                    stored.put(rs.getString("external_id"), rs.getLong("id"));
                });
        Map<String, Long> seenOnLine = new HashMap<>();
        // Households of one block of flats share a building: look each building up once per import.
        Map<Long, Optional<HomeStates.Home>> buildings = new HashMap<>();
        List<AuditTrail.Change> changes = new ArrayList<>();
        ImportTally tally = new ImportTally();
        rows.accept(row -> {
            Optional<HouseholdRows.Parsed> parsed = HouseholdRows.read(row);
            if (parsed.isEmpty()) {
                tally.rejected(row.errors());
                return;
            }
            HouseholdRows.Parsed p = parsed.get();
            Long firstLine = seenOnLine.putIfAbsent(p.externalId(), row.line());
            if (firstLine != null) {
                tally.rejected(List.of(row.problem("external_id", "appears twice in this file (first on line "
                        + firstLine + ")")));
                return;
            }
            Optional<HomeStates.Home> home = buildings.computeIfAbsent(p.form().homeBuildingId(), homes::of);
            if (home.isEmpty()) {
                tally.rejected(List.of(row.problem("home_building_id", "names no building of the damage register")));
                return;
            }
            if (home.get().habitable() && !p.form().override()) {
                tally.rejected(List.of(row.problem("override_reason", "the damage register holds this home"
                        + " habitable: give the reason to register the household")));
                return;
            }
            Long id = stored.get(p.externalId());
            if (id == null) {
                Household created = households.insert(p.form(), home.get().districtCode(), source, p.externalId());
                changes.add(new AuditTrail.Change(String.valueOf(created.id()), AuditAction.CREATE,
                        Household.auditChange(null, created)));
                tally.accepted(ImportTally.Outcome.CREATED);
                return;
            }
            Household before = households.load(id).orElseThrow();
            HouseholdForm form = p.form();
            if (!Codes.of(HouseholdStatus.WAITING).equals(before.status())) {
                form = new HouseholdForm(form.referencePerson(), form.size(), form.children(), form.elderly(),
                        form.disabled(), form.homeBuildingId(), form.homeUnit(), HouseholdForm.of(before).stays(),
                        before.siteId(), form.contact(), form.override(), form.overrideReason());
            }
            if (form.equals(HouseholdForm.of(before))) {
                tally.accepted(ImportTally.Outcome.UNCHANGED);
                return;
            }
            Household after = households.rewrite(id, form, home.get().districtCode());
            changes.add(new AuditTrail.Change(String.valueOf(id), AuditAction.UPDATE,
                    Household.auditChange(before, after)));
            tally.accepted(ImportTally.Outcome.UPDATED);
        });
        audit.recordAll(Households.ENTITY, changes);
        return tally.report();
    }
}
