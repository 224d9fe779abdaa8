package app.commonground.space;

import app.commonground.base.SameMomentException;
import app.commonground.base.Transactions;
import app.commonground.base.live.SpaceChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The one path by which a partner changes a space, whatever the feature: in one transaction, check the caller
 * is a partner there, count the space's next revision, run the step (which checks the revision the caller saw,
 * applies the change and records the activity), and announce what changed to the space's live models once
 * it has committed.
 * <p>
 * <b>Concurrency.</b> Counting the revision locks the space's row until the commit, so the steps of one space
 * run one after the other, each on what the one before committed; spaces never wait for each other. On that,
 * each kind of step has one policy:
 * <ul>
 *     <li>an edit of text someone may have changed meanwhile names the revision its author saw, and is refused
 *     when it is out of date (the author keeps their text and sees what changed): two people's words are never
 *     merged silently;</li>
 *     <li>a step of a flow (accept, answer, move, reveal) is checked against the state it finds and refused
 *     when it no longer applies, since the order of such steps is decided by the lock;</li>
 *     <li>a step whose save meets another saved at the same moment (a version that changed under it) is refused
 *     as a whole with a {@link SameMomentException}, whatever the feature: the screens word it alike.</li>
 * </ul>
 * A counsellor's step on their own records about the space takes the same lock, first: see {@link #counsel}.
 */
@Component
public class SpaceCommands {

    private final SpaceAccess access;
    private final MembersPart revisions;
    private final SpaceRepository spaces;
    private final Transactions transactions;
    private final ApplicationEventPublisher events;

    SpaceCommands(SpaceAccess access, MembersPart revisions, SpaceRepository spaces, Transactions transactions,
                  ApplicationEventPublisher events) {
        this.access = access;
        this.revisions = revisions;
        this.spaces = spaces;
        this.transactions = transactions;
        this.events = events;
    }

    /** A change being made: who makes it, the revision it makes, and how to announce what it changed. */
    public final class Step {

        private final SpaceMembership me;
        private final long revision;
        private SpaceService.Membered members;

        private Step(SpaceMembership me, long revision) {
            this.me = me;
            this.revision = revision;
        }

        /** The caller, a partner of the space. */
        public SpaceMembership me() {
            return me;
        }

        /** The space's revision this step makes: it orders the copies of what the step changed. */
        public long revision() {
            return revision;
        }

        /** The space's people and the caller among them, read once per step (the caller was checked already). */
        public SpaceService.Membered members() {
            if (members == null) {
                members = new SpaceService.Membered(revisions.load(me.spaceId()), me.viewer());
            }
            return members;
        }

        /** Announces, for after the commit, how this step changed one aggregate of a part of the model. */
        public <T> void changed(Class<T> part, UUID aggregateId, UnaryOperator<T> change) {
            events.publishEvent(new SpaceChange<>(me.spaceId(), revision, part, aggregateId, change));
        }
    }

    /** Runs a step in the space {@code spaceId}. */
    public <R> R change(UUID spaceId, Function<Step, R> step) {
        return change(() -> spaceId, step);
    }

    /**
     * Runs a step in the space that {@code spaceOf} finds (a query that reads the id alone, so no entity is
     * loaded before the space is locked).
     */
    public <R> R change(Supplier<UUID> spaceOf, Function<Step, R> step) {
        try {
            return transactions.write(() -> {
                UUID spaceId = spaceOf.get();
                SpaceMembership me = access.requireEditor(spaceId);
                return step.apply(new Step(me, revisions.next(spaceId)));
            });
        } catch (OptimisticLockingFailureException raced) {
            throw new SameMomentException(raced);
        }
    }

    /**
     * Runs a counsellor's step on their own records about the space that {@code spaceOf} finds (recording a
     * session, writing or changing a note), in one transaction. The space's row is locked before the caller's
     * access is checked, as a partner ending that access locks it too: an end of access under way comes wholly
     * before the step, which is then refused, or wholly after it. The couple's content does not change, so no
     * revision is counted.
     *
     * @throws SpaceNotFoundException   if the caller has no access to the space (any more)
     * @throws CounsellorOnlyException  if the caller is a partner
     */
    public <R> R counsel(Supplier<UUID> spaceOf, Function<SpaceMembership, R> step) {
        return transactions.write(() -> {
            UUID spaceId = spaceOf.get();
            spaces.lockById(spaceId).orElseThrow(() -> new SpaceNotFoundException(spaceId));
            SpaceMembership me = access.requireReader(spaceId);
            if (me.role() != SpaceRole.COUNSELLOR) {
                throw new CounsellorOnlyException();
            }
            return step.apply(me);
        });
    }
}
