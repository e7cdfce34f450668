package org.vidnova.recovery;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.vidnova.damage.BuildingDirectory;
import org.vidnova.damage.Heritage;

/**
 * Whether a project touches heritage (a building the damage register lists as a monument or places in the
 * protected zone, or one standing inside the {@link HeritageZone} polygon), and so needs a conservation approval
 * before implementation.
 */
@Component
class HeritageGate {

    /** The heritage a project touches, with the reasons; {@code approved} once the approval is recorded. */
    record Note(boolean required, boolean approved, List<String> reasons, java.time.Instant approvedAt,
            String approvedBy, String reference) {

        public boolean blocksImplementation() {
            return required && !approved;
        }
    }

    private final HeritageZone zone;

    HeritageGate(HeritageZone zone) {
        this.zone = zone;
    }

    Note of(Project p, List<BuildingDirectory.Entry> buildings) {
        List<String> reasons = new ArrayList<>();
        for (BuildingDirectory.Entry b : buildings) {
            String name = b.name() != null ? b.name() : b.address() != null ? b.address() : b.externalId();
            if (b.heritage() == Heritage.LISTED) {
                reasons.add("listed: " + name);
            } else if (b.heritage() == Heritage.ZONE || zone.contains(b.lat(), b.lon())) {
                reasons.add("zone: " + name);
            }
        }
        return new Note(!reasons.isEmpty(), p.approved(), reasons, p.approvalAt(), p.approvalBy(), p.approvalRef());
    }
}
