package org.vidnova.population.estimate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** Appended to {@link #METHOD} when small flows are held back for the public. */
    public static String heldBack(int smallest) {
        return " Published for the public: a district's flow in one direction is released only once it gathers at"
                + " least " + smallest + " households (or, where an aggregate count is the figure, " + smallest
                + " people); smaller flows are held and added to the next day on which the held total reaches that"
                + " size, so no published figure, and no difference between two published estimates, rests on fewer"
                + " households. The last days' estimates may therefore lag the register by a few households.";
    }

    private PresentPopulation() {
    }

    /** Accumulators of one district: point, low and high of the cumulated change. */
    private static final class Running {
        long point;
        long low;
        long high;
    }

    /**
     * One day's flows in one district, by direction: point, lowest, highest, households, and units — what a reader
     * could count in the figure: the households where registrations are the figure, else the aggregate's people.
     */
    private static final class DayFlows {
        final long[][] byDirection = new long[Direction.values().length][5];

        void add(Flow f) {
            long[] d = byDirection[f.direction().ordinal()];
            d[0] += f.point();
            d[1] += f.lowest();
            d[2] += f.highest();
            d[3] += f.households();
            d[4] += f.counted() == null || f.registered() >= f.counted() ? f.households() : f.counted();
        }

        void add(long[] cell, Direction direction) {
            long[] d = byDirection[direction.ordinal()];
            for (int i = 0; i < d.length; i++) {
                d[i] += cell[i];
            }
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
        return series(districts, baseline, flows, from, to, 0);
    }

    /**
     * The series as the public may see it: as {@link #series(Collection, Map, Collection, LocalDate, LocalDate)},
     * but each district's flow in one direction is held back until it gathers at least {@code smallest} units (see
     * {@link #heldBack(int)}); {@code smallest} of 1 or less holds nothing back.
     */
    public static List<DayEstimate> series(Collection<String> districts, Map<String, Integer> baseline,
            Collection<Flow> flows, LocalDate from, LocalDate to, int smallest) {
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
            TreeMap<LocalDate, DayFlows> days = smallest > 1 ? released(byDistrict.get(district), smallest)
                    : byDistrict.get(district);
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

    /**
     * The days' flows as released: per direction, a day's cell joins what is held, and the held total is released on
     * the first day it reaches {@code smallest} units. Why hold rather than blank the small cells: the estimates are
     * cumulated, so a blanked flow would still show as the difference between two days' estimates.
     */
    private static TreeMap<LocalDate, DayFlows> released(TreeMap<LocalDate, DayFlows> days, int smallest) {
        TreeMap<LocalDate, DayFlows> released = new TreeMap<>();
        long[][] held = new long[Direction.values().length][5];
        days.forEach((day, flows) -> {
            DayFlows out = new DayFlows();
            for (Direction direction : Direction.values()) {
                long[] h = held[direction.ordinal()];
                long[] cell = flows.of(direction);
                for (int i = 0; i < h.length; i++) {
                    h[i] += cell[i];
                }
                if (h[4] >= smallest) {
                    out.add(h, direction);
                    Arrays.fill(h, 0);
                }
            }
            released.put(day, out);
        });
        return released;
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
        long[] none = new long[5];
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
