package app.commonground.space;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the partners can know about their counsellors: every consent step of the space (who invited, asked,
 * approved, declined or revoked, and when), and when a counsellor opened the space or its summary. Both are
 * written once and never changed; only the partners read them.
 */
@Service
public class AccessRecords {

    /** How many of the latest reads the partners see. */
    static final int READS_SHOWN = 20;

    /** What a counsellor opened. */
    public enum ReadKind { SPACE, SUMMARY }

    /** One step of the consent history. {@code counsellorName} is empty for a link not yet used. */
    public record ConsentStep(Instant at, String actorName, CounsellorAccessChanged.Change change,
                              String counsellorName) {
    }

    /** A counsellor opened the space or its summary. */
    public record Visit(String counsellorName, ReadKind what, Instant at) {
    }

    private final ConsentEventRepository history;
    private final CounsellorReadRepository reads;
    private final SpaceAccess access;
    private final MembersPart members;
    private final Clock clock;

    AccessRecords(ConsentEventRepository history, CounsellorReadRepository reads, SpaceAccess access,
                  MembersPart members, Clock clock) {
        this.history = history;
        this.reads = reads;
        this.access = access;
        this.members = members;
        this.clock = clock;
    }

    /** Records each consent step in the transaction that makes it. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void changed(CounsellorAccessChanged changed) {
        history.save(new ConsentEvent(changed, clock.instant()));
    }

    /** The space's consent history, oldest first. Partners only. */
    @Transactional(readOnly = true)
    public List<ConsentStep> history(UUID spaceId) {
        access.requireEditor(spaceId);
        SpaceMembers names = members.load(spaceId);
        return history.findBySpaceIdOrderByHappenedAtAsc(spaceId).stream().map(step -> step.step(names)).toList();
    }

    /** Notes that the caller opened the space or its summary, if the caller is its counsellor (partners: nothing). */
    @Transactional
    public void opened(UUID spaceId, ReadKind what) {
        SpaceMembership me = access.requireReader(spaceId);
        if (me.role() == SpaceRole.COUNSELLOR) {
            reads.save(new CounsellorRead(spaceId, me.accountId(), what, clock.instant()));
        }
    }

    /** When counsellors opened the space or its summary, newest first. Partners only. */
    @Transactional(readOnly = true)
    public List<Visit> visits(UUID spaceId) {
        access.requireEditor(spaceId);
        SpaceMembers names = members.load(spaceId);
        return reads.findBySpaceIdOrderByReadAtDesc(spaceId, PageRequest.of(0, READS_SHOWN)).stream()
                .map(read -> read.visit(names)).toList();
    }
}
