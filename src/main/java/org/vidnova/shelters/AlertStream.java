package org.vidnova.shelters;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-Sent Events of alerts: on connecting, a "snapshot" event with the active alerts; then "raised" and "ended"
 * events as they happen; a comment every 20 s keeps idle connections open through proxies.
 */
@Component
class AlertStream {

    private static final long TIMEOUT_MS = 30 * 60 * 1000L;

    private final List<SseEmitter> listeners = new CopyOnWriteArrayList<>();

    SseEmitter connect(List<Alert> active) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
        emitter.onCompletion(() -> listeners.remove(emitter));
        emitter.onTimeout(() -> listeners.remove(emitter));
        emitter.onError(e -> listeners.remove(emitter));
        try {
            emitter.send(SseEmitter.event().name("snapshot").data(active).reconnectTime(5000));
            listeners.add(emitter);
        } catch (IOException e) {
            emitter.completeWithError(e);
        }
        return emitter;
    }

    /** Tells every listener of a raised alert. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onRaised(AlertRaised raised) {
        broadcast("raised", raised.alert());
    }

    /** Tells every listener of an ended alert. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onEnded(AlertEnded ended) {
        broadcast("ended", ended.alert());
    }

    @Scheduled(fixedDelay = 20_000)
    void keepAlive() {
        for (SseEmitter emitter : listeners) {
            try {
                emitter.send(SseEmitter.event().comment("keep-alive"));
            } catch (IOException | IllegalStateException e) {
                listeners.remove(emitter);
            }
        }
    }

    /**
     * Ends every stream when the application stops. An open stream is a request in progress, so a graceful shutdown
     * would otherwise wait its whole time-out for streams that never end; browsers reconnect to the next instance
     * after the 5 s the snapshot asked for.
     */
    @EventListener(ContextClosedEvent.class)
    void onShutdown() {
        for (SseEmitter emitter : listeners) {
            emitter.complete();
        }
        listeners.clear();
    }

    int listeners() {
        return listeners.size();
    }

    private void broadcast(String name, Alert alert) {
        for (SseEmitter emitter : listeners) {
            try {
                emitter.send(SseEmitter.event().name(name).id(String.valueOf(alert.id())).data(alert));
            } catch (IOException | IllegalStateException e) {
                listeners.remove(emitter);
            }
        }
    }
}
