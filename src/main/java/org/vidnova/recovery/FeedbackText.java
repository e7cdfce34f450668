package org.vidnova.recovery;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a resident's feedback may say. It is published, so it must not carry contact details: a text that looks
 * like it holds an e-mail address or a phone number is refused with the reason, never silently cut (the sender
 * would not know what the city keeps). Amounts written in thousands ("120 000 000") and dates are not phones; a
 * bare run of 10-13 digits is taken for one, so such an amount must be written with its spaces.
 */
final class FeedbackText {

    static final int MIN = 10;
    static final int MAX = 2000;

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");
    /** A run of digits with the separators phone numbers are written with. */
    private static final Pattern DIGIT_RUN = Pattern.compile("\\+?\\(?\\d[\\d\\s().-]*\\d");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}([ \u00a0.,]\\d{3})+");
    /** A city number written as 123-45-67. */
    private static final Pattern LOCAL = Pattern.compile("(?<!\\d)\\d{3}[- ]\\d{2}[- ]\\d{2}(?![\\d-])");

    /** Why a text is refused: the API's message, and the key of the page's message in messages*.properties. */
    enum Problem {
        TOO_SHORT("is too short: write at least " + MIN + " characters"),
        TOO_LONG("is too long: at most " + MAX + " characters"),
        EMAIL("looks like it contains an e-mail address; feedback is published, so please leave out contact"
                + " details"),
        PHONE("looks like it contains a phone number; feedback is published, so please leave out contact"
                + " details");

        private final String message;

        Problem(String message) {
            this.message = message;
        }

        String message() {
            return message;
        }

        public String key() {
            return "recovery.feedback.problem." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private FeedbackText() {
    }

    /** Why the text cannot be accepted, or empty when it can. */
    static Optional<Problem> problem(String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() < MIN) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (t.length() > MAX) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (EMAIL.matcher(t).find()) {
            return Optional.of(Problem.EMAIL);
        }
        if (LOCAL.matcher(t).find() || hasPhoneNumber(t)) {
            return Optional.of(Problem.PHONE);
        }
        return Optional.empty();
    }

    private static boolean hasPhoneNumber(String t) {
        Matcher m = DIGIT_RUN.matcher(t);
        while (m.find()) {
            String run = m.group().strip();
            long digits = run.chars().filter(Character::isDigit).count();
            boolean international = run.startsWith("+") && digits >= 9;
            boolean national = digits >= 10 && digits <= 13 && !THOUSANDS.matcher(run).matches();
            if (international || national) {
                return true;
            }
        }
        return false;
    }
}
