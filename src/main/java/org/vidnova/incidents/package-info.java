/**
 * Incidents: the register of strikes (time, place, type, source, casualty counts, verification), imports (CSV,
 * ACLED and CIR exports), open exports, and each district's time series, answered from an aggregate table kept in
 * step with every change. Publishes {@link org.vidnova.incidents.IncidentRecorded},
 * {@link org.vidnova.incidents.IncidentChanged} and {@link org.vidnova.incidents.IncidentDeleted} so other modules
 * can link to an incident by its id.
 * <p>
 * <b>Imports and the audit trail.</b> An import audits each batch of rows with one JDBC batch: still one audit row
 * per incident created ({@code CREATE}, with its values) or changed ({@code UPDATE}, with the fields that changed),
 * by the importing user, so that {@code GET /api/v1/audit?entity=incident&id=…} gives an imported incident's
 * history like any other's. The rows of one batch share one time.
 * <p>
 * <b>Imports and events.</b> An import publishes one {@code IncidentRecorded} or {@code IncidentChanged} per row
 * that it creates or changes, like a single edit. Measured with JFR over a 1,000,000-row import (docs/benchmarks.md),
 * publishing cost 1% (H2) to 4% (PostgreSQL, of the application's CPU) of the import while no module listens:
 * Spring Modulith's JDBC event registry writes a publication only for transactional listeners
 * ({@code @ApplicationModuleListener}). Such a listener would change that: one {@code event_publication} row and one
 * after-commit task per incident, held until the import commits (a heap that grows with the file). The first module
 * to listen should therefore come with a batch event for imports (e.g. {@code IncidentsImported} with the ids of a
 * batch), keeping the per-row events for single edits.
 * <p>
 * <b>Imports and H2.</b> The keys an import has met (to report one given twice) are kept in memory up to 700,000
 * ({@link org.vidnova.incidents.importing.MetKeys}), then in {@code incidents_import_seen}. Beyond that the import's
 * speed on H2 is bounded by H2 itself: about 200 µs of CPU to insert one incident with its indexes inside one long
 * transaction, whether row by row or set-based from a staging table ({@code bench.H2InsertFloor}, docs/benchmarks.md),
 * and committing in chunks saved only a tenth of that: an import on H2 stays near 5,000 rows/s per core whatever
 * its design (the 100,000 would need another database).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Incidents")
package org.vidnova.incidents;
