package app.commonground.counselling;

import app.commonground.activity.ActivityEntry;
import app.commonground.activity.ActivityKind;
import app.commonground.activity.ActivityLog;
import app.commonground.base.InvalidInputException;
import app.commonground.base.PlainText;
import app.commonground.base.Text;
import app.commonground.base.Transactions;
import app.commonground.checkin.CheckinService;
import app.commonground.counselling.CounsellingViews.MyNotes;
import app.commonground.counselling.CounsellingViews.Session;
import app.commonground.counselling.CounsellingViews.SinceLastSession;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NegotiationViews.Summary;
import app.commonground.security.CurrentUser;
import app.commonground.space.AccessRecords;
import app.commonground.space.SpaceAccess;
import app.commonground.space.SpaceCommands;
import app.commonground.space.SpaceMembers;
import app.commonground.space.SpaceMembership;
import app.commonground.space.SpaceService;
import app.commonground.values.ValuesService;
import app.commonground.values.ValuesViews.ValuesPage;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The counsellor's side of a space: the sessions they hold, their private notes, and "since our last session".
 * A counsellor still changes nothing of the couple's: sessions and notes are the counsellor's own records.
 * Notes are read by their author alone, also after their access ended (read-only then).
 */
@Service
public class CounsellingService {

    static final int MAX_NOTE = 4000;
    private static final int LINES = 200;
    private static final Set<ActivityKind> GOALS = Set.of(ActivityKind.ITEM_ADDED, ActivityKind.ITEM_ACHIEVED,
            ActivityKind.ITEM_MOVED_TO_SHARED);
    private static final Set<ActivityKind> DUTIES = Set.of(ActivityKind.RESPONSIBILITY_AGREED,
            ActivityKind.RESPONSIBILITY_CHANGED, ActivityKind.HAND_OVER_ACCEPTED);
    private static final Set<ActivityKind> NEGOTIATIONS = Set.of(ActivityKind.NEGOTIATION_OPENED,
            ActivityKind.POSITIONS_REVEALED, ActivityKind.OUTCOME_PROPOSED, ActivityKind.OUTCOME_SIGNED);

    private final CounsellingSessionRepository sessions;
    private final CounsellorNoteRepository notes;
    private final SpaceAccess access;
    private final SpaceService spaces;
    private final ActivityLog activity;
    private final NegotiationService negotiations;
    private final CheckinService checkins;
    private final ValuesService values;
    private final AccessRecords records;
    private final SpaceCommands commands;
    private final NextSessionPart nextSession;
    private final Transactions transactions;
    private final CurrentUser currentUser;
    private final Clock clock;

    CounsellingService(CounsellingSessionRepository sessions, CounsellorNoteRepository notes, SpaceAccess access,
                       SpaceService spaces, ActivityLog activity, NegotiationService negotiations,
                       CheckinService checkins, ValuesService values, AccessRecords records,
                       SpaceCommands commands, NextSessionPart nextSession, Transactions transactions,
                       CurrentUser currentUser, Clock clock) {
        this.nextSession = nextSession;
        this.sessions = sessions;
        this.notes = notes;
        this.access = access;
        this.spaces = spaces;
        this.activity = activity;
        this.negotiations = negotiations;
        this.checkins = checkins;
        this.values = values;
        this.records = records;
        this.commands = commands;
        this.transactions = transactions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The sessions held in the space, newest first. Members only. */
    public List<Session> sessions(UUID spaceId) {
        return transactions.read(() -> {
            SpaceService.Membered space = spaces.members(spaceId);
            return sessions.findBySpaceIdOrderByHeldOnDesc(spaceId).stream()
                    .map(s -> new Session(s.id(), s.heldOn(), space.members().nameOf(s.counsellorId()),
                            space.viewer().accountId().equals(s.counsellorId())))
                    .toList();
        });
    }

    /**
     * The next session planned in the space, as the caller sees it (see {@link NextSessionService}); none while
     * nothing is planned. Members only.
     */
    public Optional<CounsellingViews.NextSessionView> nextSession(UUID spaceId) {
        return transactions.read(() -> {
            SpaceService.Membered space = spaces.members(spaceId);
            return NextSessionProjection.of(nextSession.load(spaceId), space.members(), space.viewer());
        });
    }

    /**
     * The caller, the space's counsellor, records a session held on a day: today or before, where they are (a
     * day past today in UTC, for a counsellor east of it).
     */
    public Session recordSession(UUID spaceId, LocalDate heldOn) {
        if (heldOn == null || heldOn.isAfter(today().plusDays(1))) {
            throw InvalidInputException.of("heldOn", "input.session.heldOn.future");
        }
        if (heldOn.isBefore(today().minusYears(10))) {
            throw InvalidInputException.of("heldOn", "input.session.heldOn.tooOld");
        }
        return commands.counsel(() -> spaceId, me -> record(spaceId, me.accountId(), heldOn));
    }

    /** Records a session of {@code counsellorId}, in a counsellor's step: one a day per counsellor and space. */
    Session record(UUID spaceId, UUID counsellorId, LocalDate heldOn) {
        if (sessions.existsBySpaceIdAndCounsellorIdAndHeldOn(spaceId, counsellorId, heldOn)) {
            throw new CounsellingStepException("refused.counselling.session.exists");
        }
        CounsellingSession session = sessions.save(new CounsellingSession(spaceId, counsellorId, heldOn, clock.instant()));
        return new Session(session.id(), heldOn, null, true);
    }

    /** The caller's own notes in the space: a counsellor's alone, also after their access ended (then read-only). */
    public MyNotes myNotes(UUID spaceId) {
        return transactions.read(() -> {
            SpaceMembership me = access.requireCounsellorEver(spaceId);
            List<CounsellingViews.Note> mine = notes.findBySpaceIdAndCounsellorIdOrderByWrittenAtDesc(spaceId,
                    me.accountId()).stream().map(CounsellorNote::view).toList();
            boolean writable = access.observesNow(spaceId);
            if (!writable && mine.isEmpty()) {
                throw new CounsellingNotFoundException(spaceId);
            }
            return new MyNotes(mine, writable);
        });
    }

    /** The name of a space the caller counselled, now or before, and kept notes about. */
    public String spaceName(UUID spaceId) {
        myNotes(spaceId);
        return spaces.nameForItsCounsellor(spaceId);
    }

    /** Writes a private note about the space, optionally about one of the caller's sessions. */
    public CounsellingViews.Note writeNote(UUID spaceId, UUID sessionId, String words) {
        String text = note(words);
        return commands.counsel(() -> spaceId, me -> {
            if (sessionId != null && sessions.findById(sessionId)
                    .filter(s -> s.spaceId().equals(spaceId) && me.accountId().equals(s.counsellorId())).isEmpty()) {
                throw InvalidInputException.of("sessionId", "input.session.foreign");
            }
            return notes.save(new CounsellorNote(spaceId, me.accountId(), sessionId, text, clock.instant())).view();
        });
    }

    /** Changes one of the caller's notes, naming the version they saw, while their access lasts. */
    public CounsellingViews.Note changeNote(UUID noteId, long expectedVersion, String words) {
        String text = note(words);
        return commands.counsel(() -> notes.findSpaceIdById(noteId).orElseThrow(CounsellingService::noNote), me -> {
            CounsellorNote note = notes.findById(noteId).filter(n -> me.accountId().equals(n.counsellorId()))
                    .orElseThrow(CounsellingService::noNote);
            note.change(expectedVersion, text, clock.instant());
            notes.flush();
            return note.view();
        });
    }

    private static CounsellingStepException noNote() {
        return new CounsellingStepException("refused.counselling.note.gone");
    }

    /**
     * What changed since the last session (the newest one of any counsellor of the space), as the caller may see
     * it. A counsellor opening it is recorded for the partners to see.
     */
    public SinceLastSession sinceLastSession(UUID spaceId) {
        SinceLastSession summary = transactions.read(() -> {
            SpaceService.Membered space = spaces.members(spaceId);
            LocalDate to = today();
            LocalDate from = LastSession.since(sessions.findBySpaceIdOrderByHeldOnDesc(spaceId).stream().findFirst()
                    .map(CounsellingSession::heldOn), to);
            Instant since = LastSession.start(from);
            SpaceMembers members = space.members();
            ValuesPage shared = values.page(spaceId);
            List<Summary> all = negotiations.list(spaceId);
            return new SinceLastSession(members.name(),
                    members.partners().stream().map(SpaceMembers.Person::name).toList(),
                    members.nameOf(space.viewer().accountId()), !space.viewer().isPartner(), from, to,
                    lines(spaceId, since, GOALS), lines(spaceId, since, DUTIES), lines(spaceId, since, NEGOTIATIONS),
                    all.stream().filter(Summary::dueForReview).toList(),
                    all.stream().filter(Summary::waitingLong).toList(), checkins.revealedSince(spaceId, since), shared.boundaries(),
                    shared.shared().stream().filter(v -> v.agreed()).toList());
        });
        records.opened(spaceId, AccessRecords.ReadKind.SUMMARY);
        return summary;
    }

    private List<ActivityEntry> lines(UUID spaceId, Instant since, Set<ActivityKind> kinds) {
        return activity.since(spaceId, since, kinds, LINES);
    }

    private static String note(String words) {
        return typed(words, MAX_NOTE, "input.counselling.note.empty", "input.counselling.note.tooLong");
    }

    /** What a person typed, tidied; refused (as "words") when empty, longer than {@code max}, or not plain text. */
    static String typed(String words, int max, String whenEmpty, String tooLong) {
        String clean = Text.orNull(words);
        if (clean == null) {
            throw InvalidInputException.of("words", whenEmpty);
        }
        if (clean.length() > max) {
            throw InvalidInputException.of("words", tooLong, max);
        }
        if (!new PlainText.Check().isValid(clean, null)) {
            throw InvalidInputException.of("words", PlainText.MESSAGE);
        }
        return clean;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
