package org.vidnova.identity;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    DatabaseUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var stored = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return User.withUsername(stored.account().username())
                .password(stored.passwordHash())
                .disabled(!stored.account().enabled())
                .authorities(stored.account().roles().stream()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList())
                .build();
    }
}
