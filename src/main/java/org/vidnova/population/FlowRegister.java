package org.vidnova.population;

import java.io.InputStream;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.audit.AuditTrail;
import org.vidnova.damage.HabitableHomes;
import org.vidnova.geo.District;
import org.vidnova.geo.Districts;
import org.vidnova.population.estimate.Direction;
import org.vidnova.web.CsvUpload;
import org.vidnova.web.FieldError;
import org.vidnova.web.ImportReport;
import org.vidnova.web.RowFields;

/**
 * Imports of registrations and aggregate counts, each in one transaction: upsert by (source, external id), a row
 * equal to the stored one changes nothing, a bad row is reported and skipped, an unreadable file (thrown while
 * reading) rolls everything back. The daily sums change in the same transaction.
 */
@Service
class FlowRegister {

    private final RegistrationTable registrations;
    private final CountTable counts;
    private final FlowSums sums;
    private final AuditTrail audit;
    private final FlowRows rows;
    private final HabitableHomes homes;

    FlowRegister(RegistrationTable registrations, CountTable counts, FlowSums sums, AuditTrail audit,
            Districts districts, HabitableHomes homes) {
        this.registrations = registrations;
        this.counts = counts;
        this.sums = sums;
        this.audit = audit;
        this.homes = homes;
        this.rows = new FlowRows(name -> districts.resolve(name).map(District::code));
    }

    /** Imports {@code kind} ({@code registrations} or {@code counts}) into {@code source}. */
    @Transactional
    public ImportReport importRows(String kind, String source, InputStream csv) {
        sums.lock();
        return "counts".equals(kind)
                ? run(new FlowImport<>(counts, sums, audit, source, rows::count, batch -> List.of()), csv,
                        FlowRows.COUNT_REQUIRED, Set.of())
                : run(new FlowImport<>(registrations, sums, audit, source, rows::registration, this::returnsToRuins),
                        csv, FlowRows.REGISTRATION_REQUIRED, FlowRows.REGISTRATION_OPTIONAL);
    }

    /** A household registered as returning to a building the damage register holds uninhabitable. */
    private List<FieldError> returnsToRuins(List<FlowImport.Pending<RegistrationDraft>> batch) {
        List<FlowImport.Pending<RegistrationDraft>> named = batch.stream()
                .filter(p -> p.draft().direction() == Direction.RETURNED && p.draft().buildingSource() != null)
                .toList();
        if (named.isEmpty()) {
            return List.of();
        }
        Set<String> ruins = homes.uninhabitable(named.stream().map(p -> buildingKey(p.draft())).distinct().toList());
        return named.stream().filter(p -> ruins.contains(buildingKey(p.draft())))
                .map(p -> new FieldError("building_external_id", p.line(),
                        "the household returns to a building assessed uninhabitable"))
                .toList();
    }

    private static String buildingKey(RegistrationDraft d) {
        return d.buildingSource() + '/' + d.buildingExternalId();
    }

    private static ImportReport run(FlowImport<?> run, InputStream csv, Set<String> required, Set<String> optional) {
        CsvUpload.read(csv, required, optional, row -> run.accept(RowFields.of(row)));
        return run.finish();
    }
}
