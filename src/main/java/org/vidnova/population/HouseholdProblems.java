package org.vidnova.population;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.vidnova.web.ApiProblem;
import org.vidnova.web.FieldError;

/** The 422 problem of a well-formed request the registers refuse (a habitable home without an override). */
final class HouseholdProblems {

    private HouseholdProblems() {
    }

    static ApiProblem unprocessable(String field, String message) {
        return new ApiProblem(HttpStatus.valueOf(422), "Refused", field + ": " + message,
                List.of(FieldError.of(field, message)));
    }
}
