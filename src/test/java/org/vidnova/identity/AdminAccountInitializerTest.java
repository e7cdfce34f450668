package org.vidnova.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class AdminAccountInitializerTest {

    private final UserAccounts accounts = mock(UserAccounts.class);

    @Test
    void firstStartUsesTheConfiguredPasswordAndDoesNotPrintIt(CapturedOutput output) {
        new AdminAccountInitializer(accounts, "configured-password-1").run(new DefaultApplicationArguments());
        verify(accounts).create("admin", "configured-password-1", Set.of(Role.ADMIN));
        assertThat(output.getAll()).doesNotContain("configured-password-1");
    }

    @Test
    void firstStartWithoutPasswordPrintsARandomOneOnce(CapturedOutput output) {
        new AdminAccountInitializer(accounts, "").run(new DefaultApplicationArguments());
        ArgumentCaptor<String> password = ArgumentCaptor.forClass(String.class);
        verify(accounts).create(eq("admin"), password.capture(), eq(Set.of(Role.ADMIN)));
        assertThat(password.getValue()).hasSizeGreaterThanOrEqualTo(UserAccounts.MIN_PASSWORD_LENGTH);
        assertThat(output.getAll().split(java.util.regex.Pattern.quote(password.getValue()), -1)).hasSize(2);
    }

    @Test
    void laterStartsLeaveTheAccountAloneAndPrintNothing(CapturedOutput output) {
        when(accounts.exists("admin")).thenReturn(true);
        new AdminAccountInitializer(accounts, "").run(new DefaultApplicationArguments());
        verify(accounts, never()).create(anyString(), anyString(), any());
        assertThat(output.getAll()).doesNotContain("password");
    }

    @Test
    void tooShortConfiguredPasswordStopsTheStart() {
        assertThatThrownBy(() -> new AdminAccountInitializer(accounts, "short").run(new DefaultApplicationArguments()))
                .hasMessageContaining("VIDNOVA_ADMIN_PASSWORD");
    }
}
