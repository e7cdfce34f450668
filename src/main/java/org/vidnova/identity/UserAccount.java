package org.vidnova.identity;

import java.time.Instant;
import java.util.Set;

/** A user as shown to administrators: never the password hash. */
public record UserAccount(long id, String username, Set<Role> roles, boolean enabled, Instant createdAt) {
}
