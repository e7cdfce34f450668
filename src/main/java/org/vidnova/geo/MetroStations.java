package org.vidnova.geo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidnova.audit.AuditAction;
import org.vidnova.audit.AuditTrail;

/**
 * The metro stations. Loaded on the first start at which the station file
 * ({@code vidnova.reference.metro-stations}) is readable; its coordinates have no stated licence, so the file
 * is read from beside the project and not shipped in it.
 */
@Service
public class MetroStations {

    private static final Logger log = LoggerFactory.getLogger(MetroStations.class);

    private final DistrictRepository repository;
    private volatile List<MetroStation> stations;

    MetroStations(DistrictRepository repository, Districts districts, AuditTrail audit,
            TransactionTemplate transaction, @Value("${vidnova.reference.metro-stations:}") Resource file) {
        this.repository = repository;
        transaction.executeWithoutResult(status -> {
            if (repository.countStations() > 0) {
                return;
            }
            if (file == null || !file.isReadable()) {
                log.warn("Metro station file {} not found: the map shows no stations until it is provided", file);
                return;
            }
            List<MetroStation> read = read(file, districts);
            for (MetroStation station : read) {
                repository.insertStation(station);
                audit.record("metro-station", station.id(), AuditAction.CREATE, station);
            }
            log.info("Loaded {} metro stations from {}", read.size(), file);
        });
    }

    public List<MetroStation> all() {
        List<MetroStation> s = stations;
        if (s == null) {
            s = List.copyOf(repository.findAllStations());
            stations = s;
        }
        return s;
    }

    private static List<MetroStation> read(Resource file, Districts districts) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<MetroStation> stations = new ArrayList<>();
        try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(in)) {
                double lat = Double.parseDouble(row.get("lat"));
                double lon = Double.parseDouble(row.get("lon"));
                String former = row.get("former_name_uk");
                stations.add(new MetroStation(row.get("station_id"), row.get("slug"), row.get("line_code"),
                        row.get("line_name_uk"), row.get("line_name_en"), row.get("line_colour"),
                        Integer.parseInt(row.get("order_on_line")), row.get("name_uk"), row.get("name_en"),
                        former == null || former.isBlank() ? null : former, lat, lon,
                        districts.locate(lat, lon).map(District::code).orElse(null)));
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot read metro stations from " + file + ": " + e.getMessage(), e);
        }
        return stations;
    }
}
