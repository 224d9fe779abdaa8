package app.commonground.responsibility;

import app.commonground.space.SpaceMembers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The last change to a responsibility as it is stored (its {@code last_change} column): what changed, partners by
 * id, words as the partners wrote them, and no words of the app's own, so each screen says it in its viewer's
 * language. Parts are kept apart by the unit separator (U+001F), a character no text a person types may hold
 * ({@link app.commonground.base.PlainText}), and the stored value starts with it; a value that does not is a
 * sentence stored before (in English), read as it is. A partner is held as 32 hex digits without dashes, so no
 * name taken out of the stored wording when an account is deleted can match part of one; both of you: empty.
 */
final class LastChange {

    private static final String SEPARATOR = "\u001F";
    private static final String OWNER = "OWNER";
    private static final String DONE_MEANS = "DONE_MEANS";
    private static final String MINUTES = "MINUTES";

    private LastChange() {
    }

    /** What changed from {@code before} to {@code after}, to store. */
    static String between(ResponsibilityDraft before, ResponsibilityDraft after) {
        List<String> parts = new ArrayList<>();
        if (!Objects.equals(before.ownerId(), after.ownerId())) {
            parts.addAll(List.of(OWNER, partner(before.ownerId()), partner(after.ownerId())));
        }
        if (!Objects.equals(before.doneMeans(), after.doneMeans())) {
            parts.addAll(List.of(DONE_MEANS, before.doneMeans(), after.doneMeans()));
        }
        if (!Objects.equals(before.minutesPerWeek(), after.minutesPerWeek())) {
            parts.addAll(List.of(MINUTES, String.valueOf(before.minutesPerWeek()),
                    String.valueOf(after.minutesPerWeek())));
        }
        return SEPARATOR + String.join(SEPARATOR, parts);
    }

    /** The stored change as the screens read it, partners by name; none if nothing is stored. */
    static ResponsibilityChange read(String stored, SpaceMembers members) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(SEPARATOR)) {
            return new ResponsibilityChange(null, null, null, stored);
        }
        String[] parts = stored.substring(1).split(SEPARATOR, -1);
        ResponsibilityChange.FromTo<String> owner = null;
        ResponsibilityChange.FromTo<String> doneMeans = null;
        ResponsibilityChange.FromTo<Integer> minutes = null;
        for (int at = 0; at + 2 < parts.length; at += 3) {
            String from = parts[at + 1];
            String to = parts[at + 2];
            switch (parts[at]) {
                case OWNER -> owner = new ResponsibilityChange.FromTo<>(name(from, members), name(to, members));
                case DONE_MEANS -> doneMeans = new ResponsibilityChange.FromTo<>(from, to);
                case MINUTES -> minutes = minutes(from, to);
                default -> {
                    // a part a later version may store: this one says nothing of it
                }
            }
        }
        return new ResponsibilityChange(owner, doneMeans, minutes, null);
    }

    private static String partner(UUID id) {
        return id == null ? "" : id.toString().replace("-", "");
    }

    /** The partner's name; none for both of you; someone no longer known (or no longer readable) is a former member. */
    private static String name(String partner, SpaceMembers members) {
        if (partner.isEmpty()) {
            return null;
        }
        try {
            return members.nameOf(new UUID(Long.parseUnsignedLong(partner.substring(0, 16), 16),
                    Long.parseUnsignedLong(partner.substring(16), 16)));
        } catch (RuntimeException unreadable) {
            return SpaceMembers.FORMER_MEMBER;
        }
    }

    private static ResponsibilityChange.FromTo<Integer> minutes(String from, String to) {
        try {
            return new ResponsibilityChange.FromTo<>(Integer.valueOf(from), Integer.valueOf(to));
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }
}
