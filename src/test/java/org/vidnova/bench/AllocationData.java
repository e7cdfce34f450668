package org.vidnova.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.vidnova.population.allocation.AllocationHousehold;
import org.vidnova.population.allocation.AllocationSite;

/**
 * Synthetic waiting households and temporary sites for the allocator's tests and benchmark: households of 1 to
 * {@code largest} people in 9 districts, about half with children or elderly, one in ten with a person with
 * disabilities, waiting up to a year; sites in the same districts, two in three accessible.
 */
public final class AllocationData {

    static final int DISTRICTS = 9;

    private AllocationData() {
    }

    public static List<AllocationHousehold> households(Random random, int count, int largest) {
        List<AllocationHousehold> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int size = 1 + random.nextInt(largest);
            int children = random.nextInt(size + 1) / 2;
            int elderly = random.nextInt(size - children + 1) / 2;
            int disabled = random.nextInt(10) == 0 ? 1 : 0;
            list.add(new AllocationHousehold(i + 1, size, children, elderly, disabled, "D" + random.nextInt(DISTRICTS),
                    random.nextInt(365)));
        }
        return list;
    }

    public static List<AllocationSite> sites(Random random, int count, int fewest, int most) {
        List<AllocationSite> list = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            list.add(new AllocationSite(1_000_000 + s, "D" + random.nextInt(DISTRICTS),
                    fewest + random.nextInt(most - fewest + 1), random.nextInt(3) > 0));
        }
        return list;
    }
}
