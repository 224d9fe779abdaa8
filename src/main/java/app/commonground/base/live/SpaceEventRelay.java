package app.commonground.base.live;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hands what a command changed to this server's live models once its transaction has committed, so no screen
 * ever shows a change that was rolled back. Changes made outside a transaction (who is here) go straight
 * through.
 */
@Component
class SpaceEventRelay {

    private final LiveSpaces live;

    SpaceEventRelay(LiveSpaces live) {
        this.live = live;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void relay(SpaceChange<?> change) {
        live.committed(change);
    }
}
