package app.commonground.base.live;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * What the live models cost, for whoever runs the servers ({@code /actuator/metrics} on the management port):
 * how many spaces have a model here, and how many reads this server made for them.
 */
@Component
class LiveMetrics {

    LiveMetrics(MeterRegistry registry, LiveSpaces live) {
        Gauge.builder("commonground.live.spaces", live, LiveSpaces::openSpaces)
                .description("Spaces with a live model on this server").register(registry);
        Gauge.builder("commonground.live.reads", live, LiveSpaces::reads)
                .description("Reads made for the live models: a space loaded, or a change read again")
                .register(registry);
    }
}
