package app.commonground;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/** Two people doing something at the same moment: each action on its own thread, all released together. */
public final class AtOnce {

    private AtOnce() {
    }

    /** Runs the actions together and waits for all of them; rethrows the first failure. */
    public static void run(Runnable... actions) throws InterruptedException, ExecutionException {
        CyclicBarrier start = new CyclicBarrier(actions.length);
        try (ExecutorService threads = Executors.newFixedThreadPool(actions.length)) {
            List<Future<?>> running = Stream.of(actions).<Future<?>>map(action -> threads.submit(() -> {
                start.await();
                action.run();
                return null;
            })).toList();
            for (Future<?> done : running) {
                done.get();
            }
        }
    }
}
