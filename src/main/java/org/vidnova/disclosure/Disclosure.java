package org.vidnova.disclosure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.vidnova.audit.AuditAction;
import org.vidnova.audit.AuditTrail;

/**
 * The policy in force and who it applies to. Signed-in staff (any role) work with the register as it is; anonymous
 * callers get what {@link #forPublic()} allows. The policy is read once and kept until the next decision, because
 * every public request asks for it.
 */
@Service
public class Disclosure {

    static final String ENTITY = "disclosure_policy";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private volatile DisclosurePolicy current;

    Disclosure(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The policy in force (also for staff pages that want to say what the public sees). */
    public DisclosurePolicy policy() {
        DisclosurePolicy p = current;
        if (p == null) {
            p = history(1).stream().findFirst().orElse(DisclosurePolicy.DEFAULT);
            current = p;
        }
        return p;
    }

    /** The policy, if the current caller is the public; empty for signed-in staff, who see the register. */
    public Optional<DisclosurePolicy> forPublic() {
        return isPublicCaller() ? Optional.of(policy()) : Optional.empty();
    }

    /** Whether nobody is signed in for this request. */
    public static boolean isPublicCaller() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken;
    }

    /** Decisions, newest first. */
    public List<DisclosurePolicy> history(int limit) {
        return jdbc.sql("""
                SELECT version, strike_delay_hours, strike_location, hidden_shelter_kinds, smallest_count, reason,
                       decided_by, decided_at
                FROM disclosure_policy ORDER BY version DESC LIMIT :limit""")
                .param("limit", limit)
                .query((rs, n) -> new DisclosurePolicy(rs.getLong(1), rs.getInt(2),
                        StrikeLocation.valueOf(rs.getString(3).toUpperCase(java.util.Locale.ROOT)),
                        kinds(rs.getString(4)), rs.getInt(5), rs.getString(6), rs.getString(7),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }

    /** Records a new decision by the current user (an administrator: the caller checks), audited with the change. */
    @Transactional
    public DisclosurePolicy decide(int strikeDelayHours, StrikeLocation location, Set<String> hiddenShelterKinds,
            int smallestCount, String reason) {
        DisclosurePolicy before = policy();
        Instant now = Instant.now();
        String actor = AuditTrail.currentActor();
        // The new row's own key: a MAX(version) read afterwards could see another administrator's decision.
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO disclosure_policy (strike_delay_hours, strike_location, hidden_shelter_kinds,
                    smallest_count, reason, decided_by, decided_at)
                VALUES (:delay, :location, :kinds, :smallest, :reason, :by, :at)""")
                .param("delay", strikeDelayHours).param("location", location.code())
                .param("kinds", String.join(",", new java.util.TreeSet<>(hiddenShelterKinds)))
                .param("smallest", smallestCount).param("reason", reason).param("by", actor)
                .param("at", Timestamp.from(now))
                .update(key, "version");
        long version = key.getKey().longValue();
        DisclosurePolicy after = new DisclosurePolicy(version, strikeDelayHours, location, hiddenShelterKinds,
                smallestCount, reason, actor, now);
        Map<String, Object[]> change = new LinkedHashMap<>();
        change.put("strikeDelayHours", new Object[] {before.strikeDelayHours(), strikeDelayHours});
        change.put("strikeLocation", new Object[] {before.strikeLocation().code(), location.code()});
        change.put("hiddenShelterKinds", new Object[] {before.hiddenShelterKinds(), after.hiddenShelterKinds()});
        change.put("smallestCount", new Object[] {before.smallestCount(), smallestCount});
        change.put("reason", new Object[] {null, reason});
        audit.record(ENTITY, String.valueOf(version), AuditAction.UPDATE, change);
        // In force once committed: a reader between now and the commit must not cache the old policy for good.
        current = null;
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                current = null;
            }
        });
        return after;
    }

    private static Set<String> kinds(String text) {
        return text == null || text.isBlank() ? Set.of()
                : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .collect(Collectors.toSet());
    }
}
