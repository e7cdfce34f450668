package org.vidnova.recovery.portfolio;

/** The constraints cannot all be met; {@code field} names the request field at fault. */
public class InfeasiblePortfolio extends RuntimeException {

    private final String field;

    public InfeasiblePortfolio(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
