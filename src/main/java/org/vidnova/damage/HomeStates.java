package org.vidnova.damage;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a building's homes can be lived in, for modules that register people by their home (population). The
 * answer follows the building's current state ({@link CurrentState}): not habitable when the current assessment says
 * so, or, when it does not say, when the building is destroyed (grade 4) or the assessment counts destroyed homes
 * (the register does not say which unit, so a destroyed home of the building gives the household the benefit of the
 * doubt). A building never assessed is habitable as far as the register knows.
 */
@Service
public class HomeStates {

    /** A building of the register: its district (null when outside every district) and its current state. */
    public record Home(long buildingId, String districtCode, boolean habitable, Integer grade, Double lat,
            Double lon) {
    }

    static final int DESTROYED = 4;

    private final DamageRegister register;

    HomeStates(DamageRegister register) {
        this.register = register;
    }

    /** The building of {@code buildingId}, or empty when the register has none. */
    @Transactional(readOnly = true)
    public Optional<Home> of(long buildingId) {
        return register.find(buildingId).map(found -> {
            Optional<Assessment> current = CurrentState.of(found.assessments());
            boolean habitable = current.map(HomeStates::habitable).orElse(true);
            Building b = found.building();
            return new Home(b.id(), b.districtCode(), habitable, current.map(Assessment::grade).orElse(null),
                    b.lat(), b.lon());
        });
    }

    private static boolean habitable(Assessment a) {
        if (a.habitable() != null) {
            return a.habitable();
        }
        return a.grade() < DESTROYED && (a.unitsDestroyed() == null || a.unitsDestroyed() == 0);
    }
}
