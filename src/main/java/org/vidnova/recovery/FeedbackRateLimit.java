package org.vidnova.recovery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * At most {@value #PER_WINDOW} feedback items per client address in {@link #WINDOW}. A fixed window per client,
 * in memory only: the address is never stored nor logged. (The shelters module keeps its own limiter for
 * resident reports; it is not public to other modules.)
 */
@Component
class FeedbackRateLimit {

    static final int PER_WINDOW = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_TRACKED = 100_000;

    /** The start of a client's current window and how many items it sent in it. */
    private record Window(Instant start, int count) {
    }

    private final Map<String, Window> byClient = new ConcurrentHashMap<>();
    private final Clock clock;

    FeedbackRateLimit() {
        this(Clock.systemUTC());
    }

    FeedbackRateLimit(Clock clock) {
        this.clock = clock;
    }

    /** True, and counted, when this client may send feedback now. */
    boolean tryAcquire(String client) {
        Instant now = clock.instant();
        if (byClient.size() > MAX_TRACKED) {
            byClient.values().removeIf(w -> w.start().plus(WINDOW).isBefore(now));
        }
        Window w = byClient.compute(client, (k, old) -> old == null || !now.isBefore(old.start().plus(WINDOW))
                ? new Window(now, 1) : new Window(old.start(), old.count() + 1));
        return w.count() <= PER_WINDOW;
    }
}
