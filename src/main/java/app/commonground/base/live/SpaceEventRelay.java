package app.commonground.base.live;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hands published space events to the broadcaster once the transaction that caused them has committed,
 * so no screen ever shows a change that was rolled back. Events published outside a transaction
 * (presence) go straight through.
 */
@Component
class SpaceEventRelay {

    private final SpaceBroadcaster broadcaster;

    SpaceEventRelay(SpaceBroadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void relay(SpaceEvent event) {
        broadcaster.broadcast(event);
    }
}
