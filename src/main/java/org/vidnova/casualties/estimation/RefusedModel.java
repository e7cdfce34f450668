package org.vidnova.casualties.estimation;

import java.util.List;

/**
 * A model the data cannot support, listed with the reason instead of a number.
 *
 * @param terms the model's terms
 * @param reason why no estimate is given
 */
public record RefusedModel(List<String> terms, Caveat reason) {

    public RefusedModel {
        terms = List.copyOf(terms);
    }
}
