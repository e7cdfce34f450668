package org.vidnova.population;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.apache.commons.csv.CSVPrinter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.vidnova.web.CsvDownload;
import org.vidnova.geo.District;
import org.vidnova.geo.Districts;
import org.vidnova.identity.PublicPaths;
import org.vidnova.population.estimate.DayEstimate;
import org.vidnova.web.ApiProblem;
import org.vidnova.web.ImportReport;
import org.vidnova.web.ImportTimes;
import org.vidnova.web.UploadLimit;

/** Population flows over HTTP: the two imports (REGISTRAR), the present-population estimate and returns (public). */
@RestController
class PopulationController {

    /** Registrations by social services, or aggregate counts from external sources. */
    static final String IMPORTS = "/api/v1/population/{kind}/imports";
    /** The kinds of import; a regular expression in the path would hide them from the OpenAPI description. */
    static final java.util.Set<String> KINDS = java.util.Set.of("registrations", "counts");
    static final String SOURCE_PATTERN = "[A-Za-z0-9._-]{1,64}";
    /** The longest series one call may ask for: ten years of days. */
    static final long MAX_DAYS = 3660;
    /** The series shown when {@code from} is not given and nothing has been recorded. */
    static final int DEFAULT_DAYS = 90;

    /** The estimate's answer: how it was made, and a row per district and day. */
    record Estimate(String method, List<EstimateRow> rows) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record EstimateRow(String district, LocalDate day, Long estimate, Long low, Long high, long departures,
            long returns, long arrivals, long net, long netReturns) {

        static EstimateRow of(DayEstimate e) {
            return new EstimateRow(e.district(), e.day(), e.estimate(), e.low(), e.high(), e.departures(),
                    e.returns(), e.arrivals(), e.net(), e.netReturns());
        }
    }

    record Returns(String method, List<ReturnRow> rows) {
    }

    record ReturnRow(String district, LocalDate day, long returns, long returnsLow, long returnsHigh,
            long returnedHouseholds, long departures, long netReturns) {

        static ReturnRow of(DayEstimate e) {
            return new ReturnRow(e.district(), e.day(), e.returns(), e.returnsLow(), e.returnsHigh(),
                    e.returnedHouseholds(), e.departures(), e.netReturns());
        }
    }

    private final FlowRegister register;
    private final PopulationEstimates estimates;
    private final Districts districts;
    private final ReturnCapacity capacity;
    private final long maxUpload;

    PopulationController(FlowRegister register, PopulationEstimates estimates, Districts districts,
            ReturnCapacity capacity,
            @Value("${vidnova.limits.max-upload:50MB}") DataSize maxUpload) {
        this.register = register;
        this.estimates = estimates;
        this.districts = districts;
        this.capacity = capacity;
        this.maxUpload = maxUpload.toBytes();
    }

    /** A multipart upload, field {@code file}, of registrations or counts. */
    @PostMapping(value = IMPORTS, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('REGISTRAR')")
    ImportReport importFile(@PathVariable String kind, @RequestParam @Pattern(regexp = SOURCE_PATTERN) String source,
            @RequestPart("file") MultipartFile file) throws IOException {
        known(kind);
        try (InputStream in = UploadLimit.bounded(file.getInputStream(), file.getSize(), maxUpload)) {
            return register.importRows(kind, source, in);
        }
    }

    /** The CSV file as the request body. */
    @PostMapping(value = IMPORTS, consumes = {"text/csv", "text/plain", "application/octet-stream"})
    @PreAuthorize("hasRole('REGISTRAR')")
    ImportReport importBody(@PathVariable String kind, @RequestParam @Pattern(regexp = SOURCE_PATTERN) String source,
            HttpServletRequest request) throws IOException {
        known(kind);
        try (InputStream in = UploadLimit.bounded(request.getInputStream(), request.getContentLengthLong(),
                maxUpload)) {
            return register.importRows(kind, source, in);
        }
    }

    private static void known(String kind) {
        if (!KINDS.contains(kind)) {
            throw ApiProblem.notFound("No import of " + kind + ": the imports are registrations and counts");
        }
    }

    /**
     * Present population per district and Kyiv day from {@code from} (default: the first recorded flow, or 90 days
     * back) to {@code to} (default: today), of one district (code or name) or all.
     */
    @GetMapping("/api/v1/population/estimate")
    Estimate estimate(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String district) {
        Query q = query(from, to, district);
        return new Estimate(estimates.method(),
                estimates.series(q.from(), q.to(), q.district()).stream().map(EstimateRow::of).toList());
    }

    /** The CSV columns of the estimate; {@link #HXL} the hashtag row under them. */
    static final List<String> COLUMNS = List.of("district", "day", "estimate", "low", "high", "departures",
            "returns", "arrivals", "net_returns");
    static final List<String> HXL = List.of("#adm2+code", "#date", "#population+est", "#population+est+min",
            "#population+est+max", "#population+departed", "#population+returnees", "#population+idps",
            "#population+returnees+net");

    /** The estimate as CSV (the same rows and rules as the JSON); {@code ?hxl=true} adds an HXL hashtag row. */
    @GetMapping("/api/v1/population/estimate.csv")
    void estimateCsv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String district, @RequestParam(defaultValue = "false") boolean hxl,
            HttpServletResponse response) throws IOException {
        Query q = query(from, to, district);
        List<DayEstimate> rows = estimates.series(q.from(), q.to(), q.district());
        try (CSVPrinter csv = CsvDownload.start(response, "population-estimate.csv", COLUMNS, hxl ? HXL : null)) {
            for (DayEstimate e : rows) {
                csv.printRecord(e.district(), e.day(), e.estimate(), e.low(), e.high(), e.departures(), e.returns(),
                        e.arrivals(), e.netReturns());
            }
        }
    }

    /** People returning per district and day, with the interval, households registered and net of departures. */
    @GetMapping("/api/v1/population/returns")
    Returns returns(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String district) {
        Query q = query(from, to, district);
        return new Returns(estimates.method(),
                estimates.series(q.from(), q.to(), q.district()).stream().map(ReturnRow::of).toList());
    }

    /**
     * Returns against capacity per district as of {@code asOf} (default today): households returned in the last
     * {@code days} (default 30) against habitable homes and free shelter places, with the warnings.
     */
    @GetMapping("/api/v1/population/capacity")
    ReturnCapacity.Capacity capacity(@RequestParam(required = false) String asOf,
            @RequestParam(required = false) String days) {
        LocalDate day = asOf == null || asOf.isBlank() ? LocalDate.now(ImportTimes.KYIV) : day("asOf", asOf);
        int window;
        try {
            window = days == null || days.isBlank() ? 30 : Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("days", "must be a whole number from 1 to 366");
        }
        if (window < 1 || window > 366) {
            throw ApiProblem.badRequest("days", "must be a whole number from 1 to 366");
        }
        return capacity.asOf(day, window);
    }

    private record Query(LocalDate from, LocalDate to, String district) {
    }

    private Query query(String fromText, String toText, String districtText) {
        LocalDate to = toText == null || toText.isBlank() ? LocalDate.now(ImportTimes.KYIV) : day("to", toText);
        LocalDate from = fromText == null || fromText.isBlank()
                ? estimates.firstDay().filter(d -> !d.isAfter(to)).orElse(to.minusDays(DEFAULT_DAYS))
                : day("from", fromText);
        if (from.isAfter(to)) {
            throw ApiProblem.badRequest("from", "must not be after to");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ApiProblem.badRequest("from", "must be fewer than " + MAX_DAYS + " days before to");
        }
        String district = districtText == null || districtText.isBlank() ? null
                : districts.resolve(districtText).map(District::code).orElseThrow(
                        () -> ApiProblem.badRequest("district", "is not a Kharkiv district code or name"));
        return new Query(from, to, district);
    }

    private static LocalDate day(String parameter, String text) {
        LocalDate day = FlowDay.parse(text.strip());
        if (day == null) {
            throw ApiProblem.badRequest(parameter, "must be " + FlowDay.FORMS);
        }
        if (day.isBefore(FlowDay.FIRST) || day.isAfter(FlowDay.LAST)) {
            throw ApiProblem.badRequest(parameter, "must be from " + FlowDay.FIRST + " to " + FlowDay.LAST);
        }
        return day;
    }

    @Configuration(proxyBeanMethods = false)
    static class PublicPopulation {

        @Bean
        PublicPaths populationFlowsPublicPaths() {
            return PublicPaths.of("/api/v1/population/estimate", "/api/v1/population/estimate.csv",
                    "/api/v1/population/returns",
                    "/api/v1/population/capacity", "/population");
        }
    }
}
