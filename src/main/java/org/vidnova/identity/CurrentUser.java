package org.vidnova.identity;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling now, as the role hierarchy sees it: ADMIN holds every role without naming them. */
@Component
public class CurrentUser {

    private final RoleHierarchy roles;

    CurrentUser(RoleHierarchy roles) {
        this.roles = roles;
    }

    /** Whether the caller holds {@code role}, directly or through a higher role. */
    public boolean holds(Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && roles.getReachableGrantedAuthorities(auth.getAuthorities()).stream()
                .anyMatch(a -> ("ROLE_" + role.name()).equals(a.getAuthority()));
    }
}
