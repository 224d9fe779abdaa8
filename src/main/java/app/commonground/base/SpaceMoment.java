package app.commonground.base;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Something that happened in a space at a moment, without what it was: for counting across many spaces. */
public record SpaceMoment(UUID spaceId, Instant at) {

    /** The earliest of the spaces' starting moments: one read from there serves them all. */
    public static Instant earliest(Map<UUID, Instant> from) {
        return from.values().stream().min(Instant::compareTo).orElse(Instant.EPOCH);
    }

    /** The starting moments of the spaces in {@code spaceIds} alone. */
    public static Map<UUID, Instant> only(Map<UUID, Instant> from, Collection<UUID> spaceIds) {
        return spaceIds.stream().filter(from::containsKey)
                .collect(Collectors.toUnmodifiableMap(Function.identity(), from::get));
    }

    /** How many of the moments fall on or after their own space's {@code from}, per space of {@code from}. */
    public static Map<UUID, Integer> countSince(Map<UUID, Instant> from, Collection<SpaceMoment> moments) {
        Map<UUID, Long> counted = moments.stream()
                .filter(moment -> from.containsKey(moment.spaceId()) && !moment.at().isBefore(from.get(moment.spaceId())))
                .collect(Collectors.groupingBy(SpaceMoment::spaceId, Collectors.counting()));
        return from.keySet().stream().collect(Collectors.toUnmodifiableMap(Function.identity(),
                spaceId -> counted.getOrDefault(spaceId, 0L).intValue()));
    }
}
