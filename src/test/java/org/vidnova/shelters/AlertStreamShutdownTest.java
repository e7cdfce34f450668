package org.vidnova.shelters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Stopping the application ends every open alert stream; an open stream would otherwise hold a graceful shutdown
 * (a deployment, a restart) for its whole time-out.
 */
class AlertStreamShutdownTest {

    @Test
    void stoppingTheApplicationEndsEveryStream() {
        AlertStream stream = new AlertStream();
        SseEmitter first = stream.connect(List.of());
        SseEmitter second = stream.connect(List.of());
        assertThat(stream.listeners()).isEqualTo(2);

        stream.onShutdown();

        assertThat(stream.listeners()).isZero();
        assertThatThrownBy(() -> first.send("late")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> second.send("late")).isInstanceOf(IllegalStateException.class);
    }
}
