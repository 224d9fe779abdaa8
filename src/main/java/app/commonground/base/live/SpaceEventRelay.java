package app.commonground.base.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.List;

/**
 * Hands what a command changed to this server's live models once its transaction has committed, so no screen
 * ever shows a change that was rolled back: all the changes of one transaction together (a goal and its
 * activity line make one new model, one push, one notice to the other servers). Changes made outside a
 * transaction (who is here) go straight through.
 */
@Component
class SpaceEventRelay {

    private static final Logger log = LoggerFactory.getLogger(SpaceEventRelay.class);

    private final LiveSpaces live;

    SpaceEventRelay(LiveSpaces live) {
        this.live = live;
    }

    @EventListener
    void collect(SpaceChange<?> change) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            live.committed(List.of(change));
            return;
        }
        @SuppressWarnings("unchecked")
        List<SpaceChange<?>> batch = (List<SpaceChange<?>>) TransactionSynchronizationManager.getResource(this);
        if (batch == null) {
            List<SpaceChange<?>> changes = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, changes);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(SpaceEventRelay.this);
                    if (status == STATUS_COMMITTED) {
                        try {
                            live.committed(changes);
                        } catch (RuntimeException failed) {
                            log.error("A committed change did not reach this server's live models", failed);
                        }
                    }
                }
            });
            batch = changes;
        }
        batch.add(change);
    }
}
