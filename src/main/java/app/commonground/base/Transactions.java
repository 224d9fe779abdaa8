package app.commonground.base;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * Transactions a service opens itself, where it must act on the outcome of a commit (an optimistic-lock
 * race shows up only then) rather than let a proxy end the transaction after the method returned.
 */
@Component
public class Transactions {

    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final TransactionTemplate anew;

    Transactions(PlatformTransactionManager manager) {
        this.writing = new TransactionTemplate(manager);
        this.anew = new TransactionTemplate(manager);
        this.anew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading = new TransactionTemplate(manager);
        this.reading.setReadOnly(true);
    }

    /** Runs {@code work} in a transaction that has committed when this returns. */
    public <T> T write(Supplier<T> work) {
        return writing.execute(status -> work.get());
    }

    /**
     * Runs {@code work} in a transaction of its own, also where another one is bound to the thread (after a
     * commit, in its listeners, the finished one still is).
     */
    public <T> T writeAnew(Supplier<T> work) {
        return anew.execute(status -> work.get());
    }

    /** Runs {@code work} in a read-only transaction. */
    public <T> T read(Supplier<T> work) {
        return reading.execute(status -> work.get());
    }
}
