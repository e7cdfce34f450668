package org.vidnova.population.allocation;

/**
 * The priority rule, from the settings {@code vidnova.population.allocation.*}. Placing household h in site s is
 * worth {@code people·size + vulnerable·(children + elderly + disabled) + waiting·days/30 + nearHome·[s in h's home
 * district]}; the allocator places households in order of that worth without the site term (their priority), each
 * where the site term is highest. A household is never split: all its people go to one site or it keeps waiting.
 * With {@code accessibleForDisabilities}, a household with a person with disabilities goes only to an accessible
 * site.
 */
public record AllocationRule(double people, double vulnerable, double waitingPer30Days, double nearHome,
        boolean accessibleForDisabilities) {

    public static AllocationRule defaults() {
        return new AllocationRule(1, 2, 1, 3, true);
    }

    public AllocationRule {
        if (people < 0 || vulnerable < 0 || waitingPer30Days < 0 || nearHome < 0) {
            throw new IllegalArgumentException("the weights of the allocation rule must not be negative");
        }
    }

    /** A household's priority: its worth wherever it is placed. */
    public double priority(AllocationHousehold h) {
        return people * h.size() + vulnerable * h.vulnerable() + waitingPer30Days * h.waitingDays() / 30.0;
    }

    /** What placing {@code h} in {@code s} adds to its priority. */
    public double siteTerm(AllocationHousehold h, AllocationSite s) {
        return s.district() != null && s.district().equals(h.homeDistrict()) ? nearHome : 0;
    }

    /** Whether {@code s} may take {@code h} at all (places aside). */
    public boolean allowed(AllocationHousehold h, AllocationSite s) {
        return !(accessibleForDisabilities && h.disabled() > 0 && !s.accessible());
    }

    public double score(AllocationHousehold h, AllocationSite s) {
        return priority(h) + siteTerm(h, s);
    }
}
