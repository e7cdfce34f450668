package org.vidnova.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidnova.audit.AuditAction;
import org.vidnova.audit.AuditTrail;
import org.vidnova.web.ApiProblem;

/** Creating and listing users; every creation is audited (without the password). */
@Service
public class UserAccounts {

    static final int MIN_PASSWORD_LENGTH = 12;

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;

    UserAccounts(UserAccountRepository users, PasswordEncoder encoder, AuditTrail audit) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Transactional
    public UserAccount create(String username, String password, Set<Role> roles) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw ApiProblem.badRequest("password", "must be at least 12 characters long");
        }
        if (users.exists(username)) {
            throw ApiProblem.conflict("username", "is already taken");
        }
        long id = users.insert(username, encoder.encode(password), roles);
        audit.record("user", String.valueOf(id), AuditAction.CREATE,
                Map.of("username", username, "roles", new TreeSet<>(roles)));
        return users.findByUsername(username).orElseThrow().account();
    }

    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        return users.findAll();
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.exists(username);
    }
}
