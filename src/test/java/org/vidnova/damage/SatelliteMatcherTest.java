package org.vidnova.damage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Containment first, then the nearest within 25 m, ties by key; nothing beyond. */
class SatelliteMatcherTest {

    @Test
    void containmentThenNearestWithinTheRadius() {
        GeometryFactory f = new GeometryFactory();
        SatelliteMatcher m = new SatelliteMatcher();
        m.add("s/house", 50.0055, 36.2295, f.createPolygon(new Coordinate[] {new Coordinate(36.229, 50.005),
            new Coordinate(36.230, 50.005), new Coordinate(36.230, 50.006), new Coordinate(36.229, 50.006),
            new Coordinate(36.229, 50.005)}));
        // A point building right inside the footprint's corner: containment still wins.
        m.add("s/kiosk", 50.00501, 36.22901, null);
        m.add("s/b", 50.0070, 36.2290, null);
        m.add("s/a", 50.0070, 36.2290, null);
        assertThat(m.size()).isEqualTo(4);
        assertThat(m.match(50.00502, 36.22902)).hasValue("s/house");
        assertThat(m.match(50.0070 + 20 / 111_320.0, 36.2290)).as("20 m, tie by key").hasValue("s/a");
        assertThat(m.match(50.0070 + 30 / 111_320.0, 36.2290)).as("30 m").isEmpty();
        assertThat(m.match(50.02, 36.30)).isEmpty();
    }
}
