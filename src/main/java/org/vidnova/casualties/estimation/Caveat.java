package org.vidnova.casualties.estimation;

/**
 * Why a number is missing or must be read with care. Estimates of the uncounted dead are easy to misread;
 * every refusal and every doubt travels with the result instead of being logged and forgotten.
 *
 * @param kind what went wrong, for programs
 * @param message what went wrong, for people
 */
public record Caveat(Kind kind, String message) {

    /** The kinds of caveat. */
    public enum Kind {
        /** Fewer than two lists: overlap cannot be measured. */
        TOO_FEW_LISTS,
        /** More lists than the exhaustive model search can take. */
        TOO_MANY_LISTS,
        /** A list is empty, or nobody is on two lists, or two lists never share a person. */
        EMPTY_OVERLAP,
        /** The model has as many parameters as cells: it fits anything, so nothing checks it. */
        SATURATED,
        /** The data cannot determine the model's parameters (a zero margin, a singular design). */
        NOT_IDENTIFIABLE,
        /** The fit did not converge. */
        NOT_CONVERGED,
        /** The estimate runs away to implausible values: the data hold almost no information on the uncounted. */
        EXPLODING,
        /** The upper end of the interval lies beyond the range searched. */
        UNBOUNDED_INTERVAL,
        /** The model carries no weight, so its interval was not computed. */
        INTERVAL_NOT_COMPUTED,
        /** The posterior keeps mass at the end of the range of totals considered. */
        TRUNCATED_POSTERIOR
    }

    public static Caveat of(Kind kind, String message) {
        return new Caveat(kind, message);
    }
}
