package org.vidnova.incidents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.geo.GreatCircle;

/**
 * The strikes near a place, for other modules (a damaged building's page shows the strikes around it): a box
 * query on the register, then great-circle distance. Incidents known only to the district or the city have no
 * meaningful point and are left out.
 */
@Service
public class IncidentsNearby {

    /** At most this many strikes are returned, newest first. */
    static final int LIMIT = 500;

    private final IncidentQueries queries;
    private final PublicStrikes strikes;
    private final IncidentRegister register;

    IncidentsNearby(IncidentQueries queries, PublicStrikes strikes, IncidentRegister register) {
        this.queries = queries;
        this.register = register;
        this.strikes = strikes;
    }

    /**
     * Strikes within {@code metres} of the point, from and to instants (either may be null), newest first. For the
     * public, as the disclosure policy allows: none within its delay, and none at all while strike locations are
     * published by district only (see {@link #pointsPublic()}).
     */
    @Transactional(readOnly = true)
    public List<Incident> within(double lat, double lon, double metres, Instant from, Instant to) {
        if (!strikes.exactPoints()) {
            return List.of();
        }
        double dLat = Math.toDegrees(metres / GreatCircle.EARTH_RADIUS_METERS);
        double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(lat)));
        double[] bbox = {lon - dLon, lat - dLat, lon + dLon, lat + dLat};
        List<Incident> near = new ArrayList<>();
        for (Incident i : queries.find(strikes.limit(new IncidentRepository.Filter(null, null, null, from, to, bbox,
                null)), 0, LIMIT)) {
            if (i.lat() != null && i.lon() != null && (i.geoPrecision() == GeoPrecision.EXACT
                    || i.geoPrecision() == GeoPrecision.APPROXIMATE)
                    && GreatCircle.distanceMeters(lat, lon, i.lat(), i.lon()) <= metres) {
                near.add(i);
            }
        }
        return near;
    }

    /** Whether the current caller may see strikes near a place (false: the policy publishes districts only). */
    public boolean pointsPublic() {
        return strikes.exactPoints();
    }

    /**
     * One strike as the current caller may see it (for another module's page that names it by id): empty when it
     * is not recorded or not yet public; rounded to its district when the disclosure policy says so.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Incident> shown(long id) {
        return register.find(id).filter(strikes::visible).map(strikes::shown);
    }
}
