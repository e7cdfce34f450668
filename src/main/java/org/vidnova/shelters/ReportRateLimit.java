package org.vidnova.shelters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Limits residents' reports per client address: at most {@value #PER_WINDOW} in {@link #WINDOW}, and one per
 * shelter in that window. Kept in memory only: the address is never stored or logged.
 */
@Component
class ReportRateLimit {

    static final int PER_WINDOW = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Deque<Instant>> byClient = new ConcurrentHashMap<>();
    private final Map<String, Instant> byClientAndShelter = new ConcurrentHashMap<>();
    private final Clock clock;

    ReportRateLimit() {
        this(Clock.systemUTC());
    }

    ReportRateLimit(Clock clock) {
        this.clock = clock;
    }

    /** True and counted when the client may report on this shelter now. */
    boolean tryAcquire(String client, long shelterId) {
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        if (byClient.size() > MAX_TRACKED) {
            byClient.entrySet().removeIf(e -> e.getValue().isEmpty() || e.getValue().peekLast().isBefore(since));
            byClientAndShelter.values().removeIf(t -> t.isBefore(since));
        }
        Instant last = byClientAndShelter.get(client + "#" + shelterId);
        if (last != null && last.isAfter(since)) {
            return false;
        }
        Deque<Instant> times = byClient.computeIfAbsent(client, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
                times.pollFirst();
            }
            if (times.size() >= PER_WINDOW) {
                return false;
            }
            times.addLast(now);
        }
        byClientAndShelter.put(client + "#" + shelterId, now);
        return true;
    }
}
