package org.vidnova.damage;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Service;

/** The damage module's figures for the city's dashboard, from the indicators as of a day. */
@Service
public class DamageFigures {

    private final DamageIndicators indicators;

    DamageFigures(DamageIndicators indicators) {
        this.indicators = indicators;
    }

    @SuppressWarnings("unchecked")
    public HousingFigures asOf(LocalDate day) {
        Map<String, Object> city = (Map<String, Object>) indicators.asOf(day).get("city");
        Map<String, Map<String, Long>> f = (Map<String, Map<String, Long>>) city.get("facilities");
        long assessed = ((Number) city.get("buildingsAssessed")).longValue();
        return new HousingFigures(number(city, "unitsDestroyed"), number(city, "unitsUninhabitable"),
                number(city, "displacedPeople"), f.get("school").get("destroyed"),
                f.get("kindergarten").get("destroyed"), f.get("medical").get("destroyed"), assessed,
                assessed + number(city, "buildingsNotAssessed"));
    }

    private static long number(Map<String, Object> block, String key) {
        return ((Number) block.get(key)).longValue();
    }
}
