package org.vidnova.incidents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.geo.District;
import org.vidnova.geo.Districts;
import org.vidnova.web.ApiProblem;
import org.vidnova.web.Codes;
import org.vidnova.web.ImportTimes;

/** Reads of the register: the filters of the listing and the exports, checked, and the reads themselves. */
@Service
class IncidentQueries {

    private final IncidentRepository incidents;
    private final Districts districts;

    IncidentQueries(IncidentRepository incidents, Districts districts) {
        this.incidents = incidents;
        this.districts = districts;
    }

    /**
     * The filter the query parameters describe, or a 400 problem naming the bad one. {@code district} is a code or
     * any name of a district; {@code type} one or more types, comma-separated; {@code from} and {@code to} dates
     * (whole Kyiv days, both inclusive) or instants; {@code bbox} is minLon,minLat,maxLon,maxLat.
     */
    IncidentRepository.Filter filter(String source, String district, String type, String from, String to,
            String bbox, String verification) {
        String code = district == null || district.isBlank() ? null : districts.resolve(district)
                .map(District::code)
                .orElseThrow(() -> ApiProblem.badRequest("district", "is not a Kharkiv district code or name"));
        ImportTimes.Parsed start = ImportTimes.parameter("from", from);
        ImportTimes.Parsed end = ImportTimes.parameter("to", to);
        // A date as "to" includes that whole day.
        Instant until = end == null ? null : end.dateOnly()
                ? end.day().plusDays(1).atStartOfDay(ImportTimes.KYIV).toInstant().minusNanos(1000) : end.instant();
        if (start != null && until != null && until.isBefore(start.instant())) {
            throw ApiProblem.badRequest("to", "must not be before from");
        }
        Verification v = verification == null || verification.isBlank() ? null
                : Codes.parse(Verification.class, verification).orElseThrow(() -> ApiProblem.badRequest(
                        "verification", "must be one of " + Codes.list(Verification.class)));
        return new IncidentRepository.Filter(source == null || source.isBlank() ? null : source, code,
                types(type), start == null ? null : start.instant(), until, bbox(bbox), v);
    }

    /** One or more type codes, comma-separated, checked; null for none. */
    static List<String> types(String list) {
        if (list == null || list.isBlank()) {
            return null;
        }
        List<String> codes = new ArrayList<>();
        for (String part : list.split(",")) {
            codes.add(Codes.of(Codes.parse(IncidentType.class, part).orElseThrow(() -> ApiProblem.badRequest("type",
                    "must be one or more of " + Codes.list(IncidentType.class) + ", comma-separated"))));
        }
        return codes;
    }

    static double[] bbox(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.split(",");
        ApiProblem bad = ApiProblem.badRequest("bbox", "must be minLon,minLat,maxLon,maxLat in degrees");
        if (parts.length != 4) {
            throw bad;
        }
        double[] box = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                box[i] = Double.parseDouble(parts[i].strip());
            }
        } catch (NumberFormatException e) {
            throw bad;
        }
        if (box[0] > box[2] || box[1] > box[3] || Math.abs(box[1]) > 90 || Math.abs(box[3]) > 90
                || Math.abs(box[0]) > 180 || Math.abs(box[2]) > 180) {
            throw bad;
        }
        return box;
    }

    @Transactional(readOnly = true)
    public List<Incident> find(IncidentRepository.Filter filter, int page, int size) {
        return incidents.find(filter, (long) page * size, size);
    }

    @Transactional(readOnly = true)
    public long count(IncidentRepository.Filter filter) {
        return incidents.count(filter);
    }

    /** Streams the matching incidents, oldest first, in one read-only transaction. */
    @Transactional(readOnly = true)
    public void forEach(IncidentRepository.Filter filter, Consumer<Incident> each) {
        incidents.forEach(filter, each);
    }
}
