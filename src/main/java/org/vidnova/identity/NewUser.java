package org.vidnova.identity;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/users}. */
record NewUser(
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._@-]+",
                message = "may contain only letters, digits and . _ @ -") String username,
        @NotNull @Size(min = 12, max = 128, message = "must be 12 to 128 characters long") String password,
        @NotEmpty Set<@NotNull Role> roles) {
}
