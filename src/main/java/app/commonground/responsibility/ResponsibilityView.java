package app.commonground.responsibility;

import java.time.Instant;
import java.util.UUID;

/**
 * A responsibility as one member sees it.
 *
 * @param ownerId          the owning partner; empty when both own it together
 * @param ownerName        that partner's name; empty when both own it together
 * @param revision         what a change or an acceptance must name, so nobody agrees to something they have not seen
 * @param waitingForViewer a proposal the viewer can accept
 * @param lastChange       what the last proposer changed (the owner from Alex to Sam, …), if anything
 * @param handOverToName   whom the owner asked to take it over, if anyone
 */
public record ResponsibilityView(UUID id, int revision, String title, Area area, UUID ownerId, String ownerName,
                                 Cadence cadence, String doneMeans, int minutesPerWeek, String notes,
                                 ResponsibilityState state, String proposedByName, boolean waitingForViewer,
                                 String agreedByName, Instant agreedAt, ResponsibilityChange lastChange, String handOverToName,
                                 boolean handOverToViewer, boolean viewerOwns, boolean changeable) {

    public boolean agreed() {
        return state == ResponsibilityState.AGREED;
    }

    public boolean shared() {
        return ownerId == null;
    }

    public boolean handOverAsked() {
        return handOverToName != null;
    }

    /** Something the viewer is asked to answer: a proposal to accept or a hand-over to take. */
    public boolean needsViewer() {
        return waitingForViewer || handOverToViewer;
    }

    public ResponsibilityDraft draft() {
        return new ResponsibilityDraft(title, area, ownerId, cadence, doneMeans, minutesPerWeek, notes);
    }
}
