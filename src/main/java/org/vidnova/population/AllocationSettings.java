package org.vidnova.population;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.vidnova.population.allocation.AllocationRule;

/** The allocation rule from the settings {@code vidnova.population.allocation.*} (application.properties says them). */
@Component
class AllocationSettings {

    private final AllocationRule rule;

    AllocationSettings(@Value("${vidnova.population.allocation.people:1}") double people,
            @Value("${vidnova.population.allocation.vulnerable:2}") double vulnerable,
            @Value("${vidnova.population.allocation.waiting-per-30-days:1}") double waiting,
            @Value("${vidnova.population.allocation.near-home:3}") double nearHome,
            @Value("${vidnova.population.allocation.accessible-for-disabilities:true}") boolean accessible) {
        this.rule = new AllocationRule(people, vulnerable, waiting, nearHome, accessible);
    }

    AllocationRule rule() {
        return rule;
    }
}
