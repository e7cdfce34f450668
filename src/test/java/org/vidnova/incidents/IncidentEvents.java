package org.vidnova.incidents;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A test listener: remembers the incident events published, and whether each came inside a transaction. */
class IncidentEvents {

    record Seen(Object event, boolean inTransaction) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    @EventListener
    void recorded(IncidentRecorded event) {
        remember(event);
    }

    @EventListener
    void changed(IncidentChanged event) {
        remember(event);
    }

    @EventListener
    void deleted(IncidentDeleted event) {
        remember(event);
    }

    private void remember(Object event) {
        seen.add(new Seen(event, TransactionSynchronizationManager.isActualTransactionActive()));
    }

    <T> List<T> of(Class<T> type) {
        return seen.stream().map(Seen::event).filter(type::isInstance).map(type::cast).toList();
    }

    boolean allInTransactions() {
        return seen.stream().allMatch(Seen::inTransaction);
    }

    void clear() {
        seen.clear();
    }
}
