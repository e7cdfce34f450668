package org.vidnova.population.estimate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Present population per district and day: the pre-war baseline, minus everyone who left, plus everyone who returned
 * or arrived, cumulated from the first recorded flow to each day. The interval is interval arithmetic over the same
 * sums: the low end takes every day's fewest returns and arrivals and most departures, the high end the opposite, so
 * it widens with each day an aggregate source counted (its own low/high) and stays a point where only registrations
 * exist. Neither end falls below zero. Plain Java: no storage, no framework.
 */
public final class PresentPopulation {

    public static final String METHOD = "Present population = pre-war population of the district (geo) - people who"
            + " left + people who returned + people who arrived, cumulated per district from the first recorded flow"
            + " to each Kyiv day. Registrations by social services are counted exactly (household size). Aggregate"
            + " counts (transit points, telecom) come with their source's low/high; several aggregate sources of one"
            + " district, day and direction are not added: the largest count is taken with the lowest low and the"
            + " highest high of them all. Registrations and aggregates overlap (a registered household may also be"
            + " counted), so they are never added: per district, day and direction the larger of the two is the point"
            + " and the registrations bound the aggregate's interval from below. The interval [low, high] is the"
            + " cumulated worst case (fewest returns and arrivals with most departures, and the reverse), so it widens"
            + " wherever only aggregate sources exist and is a point where registrations alone are known. Estimates"
            + " and low ends are not allowed below zero.";

    private PresentPopulation() {
    }

    /** Accumulators of one district: point, low and high of the cumulated change. */
    private static final class Running {
        long point;
        long low;
        long high;
    }

    /** One day's flows in one district, by direction: point, lowest, highest, households. */
    private static final class DayFlows {
        final long[][] byDirection = new long[Direction.values().length][4];

        void add(Flow f) {
            long[] d = byDirection[f.direction().ordinal()];
            d[0] += f.point();
            d[1] += f.lowest();
            d[2] += f.highest();
            d[3] += f.households();
        }

        long[] of(Direction direction) {
            return byDirection[direction.ordinal()];
        }
    }

    /**
     * The series of each of {@code districts}, day by day from {@code from} to {@code to} (both inclusive), in the
     * order given, then by day. {@code flows} must include every flow up to {@code to} (those before {@code from}
     * count in the cumulation); a flow of another district or after {@code to} is ignored.
     *
     * @param baseline pre-war population by district; a district without one gets null estimates
     */
    public static List<DayEstimate> series(Collection<String> districts, Map<String, Integer> baseline,
            Collection<Flow> flows, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from is after to");
        }
        Map<String, TreeMap<LocalDate, DayFlows>> byDistrict = new HashMap<>();
        for (String d : districts) {
            byDistrict.put(d, new TreeMap<>());
        }
        for (Flow f : flows) {
            TreeMap<LocalDate, DayFlows> days = byDistrict.get(f.district());
            if (days != null && !f.day().isAfter(to)) {
                days.computeIfAbsent(f.day(), x -> new DayFlows()).add(f);
            }
        }
        List<DayEstimate> rows = new ArrayList<>();
        for (String district : districts) {
            TreeMap<LocalDate, DayFlows> days = byDistrict.get(district);
            Running sum = new Running();
            days.headMap(from).values().forEach(day -> add(sum, day));
            Integer base = baseline.get(district);
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                DayFlows today = days.get(day);
                if (today != null) {
                    add(sum, today);
                }
                rows.add(row(district, day, base, sum, today));
            }
        }
        return rows;
    }

    private static void add(Running sum, DayFlows day) {
        long[] left = day.of(Direction.LEFT);
        long[] returned = day.of(Direction.RETURNED);
        long[] arrived = day.of(Direction.ARRIVED);
        sum.point += returned[0] + arrived[0] - left[0];
        sum.low += returned[1] + arrived[1] - left[2];
        sum.high += returned[2] + arrived[2] - left[1];
    }

    private static DayEstimate row(String district, LocalDate day, Integer base, Running sum, DayFlows today) {
        long[] none = new long[4];
        long[] left = today == null ? none : today.of(Direction.LEFT);
        long[] returned = today == null ? none : today.of(Direction.RETURNED);
        long[] arrived = today == null ? none : today.of(Direction.ARRIVED);
        Long estimate = base == null ? null : Math.max(0, base + sum.point);
        Long low = base == null ? null : Math.max(0, base + sum.low);
        Long high = base == null ? null : Math.max(0, base + sum.high);
        return new DayEstimate(district, day, estimate, low, high, left[0], returned[0], arrived[0], returned[1],
                returned[2], returned[3]);
    }
}
