package org.vidnova.shelters;

import java.util.List;

import jakarta.annotation.PostConstruct;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.vidnova.geo.MetroStation;
import org.vidnova.geo.MetroStations;
import org.vidnova.web.RowFields;

/**
 * Before the server takes requests: registers the metro stations as shelters of kind {@code metro} (source
 * {@value #METRO_SOURCE}) the first time they are known, then fills the nearest-shelter index.
 */
@Component
class ShelterStartup {

    static final String METRO_SOURCE = "metro";
    private static final Logger log = LoggerFactory.getLogger(ShelterStartup.class);

    private final ShelterRegister register;
    private final ShelterRepository repository;
    private final MetroStations stations;
    private final NearestShelters nearest;

    ShelterStartup(ShelterRegister register, ShelterRepository repository, MetroStations stations,
            NearestShelters nearest) {
        this.register = register;
        this.repository = repository;
        this.stations = stations;
        this.nearest = nearest;
    }

    @PostConstruct
    void start() {
        List<MetroStation> metro = stations.all();
        if (!metro.isEmpty() && repository.findBySource(METRO_SOURCE).isEmpty()) {
            var report = register.importRows(METRO_SOURCE, sink -> {
                long line = 1;
                for (MetroStation s : metro) {
                    sink.accept(new RowFields(++line, field -> switch (field) {
                        case "external_id" -> s.id();
                        case "name" -> s.nameUk() + " / " + s.nameEn();
                        case "kind" -> "metro";
                        case "address" -> "Станція метро «" + s.nameUk() + "», " + s.lineNameUk() + " лінія";
                        case "lat" -> Double.toString(s.lat());
                        case "lon" -> Double.toString(s.lon());
                        case "status" -> "open";
                        case "notes" -> "Metro station " + s.nameEn() + ", line " + s.lineCode();
                        default -> null;
                    }));
                }
            });
            log.info("Registered {} metro stations as shelters", report.created());
        }
        nearest.replaceAll(repository.findAll());
        log.info("Nearest-shelter index holds {} shelters", nearest.size());
    }
}
