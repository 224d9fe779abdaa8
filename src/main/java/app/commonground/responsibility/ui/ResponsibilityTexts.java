package app.commonground.responsibility.ui;

import app.commonground.base.ui.Dates;
import app.commonground.responsibility.Area;
import app.commonground.responsibility.Cadence;
import app.commonground.responsibility.ResponsibilityChange;
import app.commonground.responsibility.ResponsibilityState;
import app.commonground.responsibility.ResponsibilityView;
import app.commonground.space.SpaceMembers;

import java.util.ArrayList;
import java.util.List;

import static app.commonground.base.ui.Texts.t;

/**
 * A responsibility's words in the viewer's language: its area, how often, whose it is, and the line under a card
 * ("Proposed by Alex, who changed the owner from Alex to Sam. Waiting for you."). What the partners wrote, and
 * their names, go in as they are.
 */
final class ResponsibilityTexts {

    private ResponsibilityTexts() {
    }

    static String area(Area area) {
        return switch (area) {
            case HOUSEHOLD -> t("responsibility.area.household");
            case MONEY -> t("responsibility.area.money");
            case EMOTIONAL_SUPPORT -> t("responsibility.area.emotionalSupport");
            case CARE -> t("responsibility.area.care");
            case ADMIN -> t("responsibility.area.admin");
            case OTHER -> t("responsibility.area.other");
        };
    }

    static String cadence(Cadence cadence) {
        return switch (cadence) {
            case DAILY -> t("responsibility.cadence.daily");
            case WEEKLY -> t("responsibility.cadence.weekly");
            case MONTHLY -> t("responsibility.cadence.monthly");
            case OCCASIONALLY -> t("responsibility.cadence.occasionally");
        };
    }

    static String state(ResponsibilityState state) {
        return switch (state) {
            case PROPOSED -> t("responsibility.state.proposed");
            case AGREED -> t("responsibility.state.agreed");
        };
    }

    /** Whose it is, on its own: a partner's name, or "Both of you". */
    static String owner(ResponsibilityView item) {
        return item.shared() ? t("responsibility.owner.both") : name(item.ownerName());
    }

    /** A member's name inside a sentence; someone whose account is gone is "a former member". */
    static String name(String name) {
        return SpaceMembers.FORMER_MEMBER.equals(name) ? t("responsibility.formerMember") : name;
    }

    /** The line under a card: who agreed when, or who proposed what, whom it waits for, and a hand-over asked. */
    static String status(ResponsibilityView item) {
        String said;
        if (item.agreed()) {
            said = t("responsibility.status.agreed", name(item.agreedByName()), Dates.day(item.agreedAt()));
        } else {
            // whom it waits for: the viewer ("you"), the viewer's partner ("partner"), or, for a counsellor, one of them
            String waitingFor = item.waitingForViewer() ? "you" : item.changeable() ? "partner" : "other";
            ResponsibilityChange change = item.lastChange();
            String by = name(item.proposedByName());
            if (change == null) {
                said = t("responsibility.status.proposed", by, waitingFor);
            } else if (change.earlier() != null) {
                said = t("responsibility.status.changedEarlier", by, change.earlier(), waitingFor);
            } else if (change.onlyDetails()) {
                said = t("responsibility.status.changedDetails", by, waitingFor);
            } else {
                said = t("responsibility.status.changed", by, changes(change), waitingFor);
            }
        }
        if (item.handOverAsked()) {
            said += " " + (item.handOverToViewer() ? t("responsibility.status.handOver.asksYou", owner(item))
                    : t("responsibility.status.handOver.asked", owner(item), name(item.handOverToName())));
        }
        return said;
    }

    /** "the owner from Alex to Sam; the estimate from 90 to 120 min a week". */
    private static String changes(ResponsibilityChange change) {
        List<String> parts = new ArrayList<>();
        if (change.owner() != null) {
            parts.add(t("responsibility.status.change.owner", changedOwner(change.owner().from()),
                    changedOwner(change.owner().to())));
        }
        if (change.doneMeans() != null) {
            parts.add(t("responsibility.status.change.doneMeans", change.doneMeans().from(), change.doneMeans().to()));
        }
        if (change.minutes() != null) {
            parts.add(t("responsibility.status.change.minutes", String.valueOf(change.minutes().from()),
                    String.valueOf(change.minutes().to())));
        }
        return String.join("; ", parts);
    }

    private static String changedOwner(String name) {
        return name == null ? t("responsibility.owner.bothInSentence") : name(name);
    }
}
