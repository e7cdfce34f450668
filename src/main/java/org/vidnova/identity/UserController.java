package org.vidnova.identity;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMIN')")
class UserController {

    private final UserAccounts accounts;

    UserController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    List<UserAccount> list() {
        return accounts.all();
    }

    @PostMapping
    ResponseEntity<UserAccount> create(@Valid @RequestBody NewUser user) {
        UserAccount created = accounts.create(user.username(), user.password(), user.roles());
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }
}
