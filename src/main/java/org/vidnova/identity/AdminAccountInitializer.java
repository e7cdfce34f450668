package org.vidnova.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start, creates user {@code admin}: with {@code VIDNOVA_ADMIN_PASSWORD} if set, otherwise with a
 * random password printed once to the log. Later starts leave the account alone, so the password is never
 * printed again.
 */
@Component
@Order(0)
class AdminAccountInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminAccountInitializer.class);

    private final UserAccounts accounts;
    private final String configuredPassword;

    AdminAccountInitializer(UserAccounts accounts, @Value("${vidnova.admin.password:}") String configuredPassword) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists("admin")) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        if (!generated && configuredPassword.length() < UserAccounts.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("VIDNOVA_ADMIN_PASSWORD must be at least "
                    + UserAccounts.MIN_PASSWORD_LENGTH + " characters long");
        }
        String password = generated ? randomPassword() : configuredPassword;
        accounts.create("admin", password, Set.of(Role.ADMIN));
        if (generated) {
            log.warn("""

                    ============================================================
                     First start: created user 'admin' with password {}
                     It is shown only this once. Sign in and keep it safe.
                    ============================================================""", password);
        } else {
            log.info("First start: created user 'admin' with the password from VIDNOVA_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
