package app.commonground.calendar;

import app.commonground.account.AccountService;
import app.commonground.base.Transactions;
import app.commonground.calendar.CalendarDates.Review;
import app.commonground.calendar.CalendarDates.SpaceDates;
import app.commonground.calendar.CalendarDates.Subject;
import app.commonground.checkin.CheckinService;
import app.commonground.checkin.CheckinViews.RhythmView;
import app.commonground.counselling.CounsellingService;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NegotiationViews.Turn;
import app.commonground.reminder.ReminderService;
import app.commonground.security.CurrentUser;
import app.commonground.security.SignedTokens;
import app.commonground.space.SpaceRole;
import app.commonground.space.SpaceService;
import app.commonground.space.SpaceSummary;
import app.commonground.values.ValuesService;
import app.commonground.values.ValuesViews.ValuesPage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Each person's private calendar address, which their calendar app fetches signed out: their check-in times, the
 * review dates of what they agreed on and their next session with a counsellor, in every space they belong to
 * (as a counsellor only while they have access), read with their own rights. The address is made from a random
 * key with a server secret and only its hash is stored; replacing or turning it off ends the old one at once.
 */
@Service
public class CalendarService {

    /** Where the feeds are: {@code /calendar/<secret>.ics}. */
    public static final String FEEDS = "/calendar/";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PURPOSE = "calendar-feed";

    private final CalendarFeedRepository feeds;
    private final CurrentUser currentUser;
    private final SignedTokens tokens;
    private final SpaceService spaces;
    private final CheckinService checkins;
    private final AccountService accounts;
    private final NegotiationService negotiations;
    private final ValuesService values;
    private final CounsellingService counselling;
    private final ReminderService reminders;
    private final Transactions transactions;
    private final Clock clock;
    private final URI app;

    CalendarService(CalendarFeedRepository feeds, CurrentUser currentUser, SignedTokens tokens, SpaceService spaces,
                    CheckinService checkins, NegotiationService negotiations, ValuesService values, AccountService accounts,
                    CounsellingService counselling, ReminderService reminders, Transactions transactions, Clock clock,
                    @Value("${common-ground.public-url}") String publicUrl) {
        this.feeds = feeds;
        this.currentUser = currentUser;
        this.tokens = tokens;
        this.spaces = spaces;
        this.checkins = checkins;
        this.accounts = accounts;
        this.negotiations = negotiations;
        this.values = values;
        this.counselling = counselling;
        this.reminders = reminders;
        this.transactions = transactions;
        this.clock = clock;
        this.app = URI.create(publicUrl.endsWith("/") ? publicUrl : publicUrl + "/");
    }

    /** The caller's calendar address, if it is on. */
    @Transactional(readOnly = true)
    public Optional<URI> myAddress() {
        return feeds.findById(currentUser.require().accountId()).map(this::address);
    }

    /** Turns the caller's calendar address on (the one they have, if it is on already). */
    @Transactional
    public URI turnOnMine() {
        UUID me = currentUser.require().accountId();
        return address(feeds.findById(me).orElseGet(() -> renewed(new CalendarFeed(me))));
    }

    /** Gives the caller a new calendar address: the old one stops at once. */
    @Transactional
    public URI replaceMine() {
        UUID me = currentUser.require().accountId();
        return address(renewed(feeds.findById(me).orElseGet(() -> new CalendarFeed(me))));
    }

    /** Turns the caller's calendar address off: it stops at once. */
    @Transactional
    public void turnOffMine() {
        feeds.deleteById(currentUser.require().accountId());
    }

    /**
     * The dates of the person whose address {@code secret} is, read with their rights (what a counsellor's
     * partners kept from them is not in it); none for a secret that is not an address now.
     */
    public Optional<CalendarDates> feed(String secret) {
        if (secret == null || secret.length() > 100) {
            return Optional.empty();
        }
        return transactions.read(() -> feeds.findBySecretHash(hash(secret))
                .map(feed -> currentUser.readAs(feed.accountId(), () -> new CalendarDates(feed.createdAt(),
                        reminders.myChoices(ZoneOffset.UTC).zone(), accounts.myLanguage().orElse(Locale.ENGLISH), app,
                        spaces.mySpaces().stream().filter(space -> !space.waitingForConsent()).map(this::dates).toList()))));
    }

    private SpaceDates dates(SpaceSummary space) {
        UUID id = space.id();
        RhythmView rhythm = space.viewerRole() == SpaceRole.PARTNER ? checkins.page(id).rhythm() : null;
        List<Review> reviews = new ArrayList<>();
        negotiations.list(id).forEach(negotiation -> {
            if (negotiation.turn() instanceof Turn.Agreed agreed && agreed.reviewDate() != null) {
                reviews.add(new Review(negotiation.id(), Subject.AGREEMENT, negotiation.title(), null, agreed.reviewDate()));
            }
        });
        ValuesPage page = values.page(id);
        Stream.concat(
                page.boundaries().stream().filter(b -> b.reviewDate() != null)
                        .map(b -> new Review(b.id(), Subject.BOUNDARY, null, b.kind(), b.reviewDate())),
                page.shared().stream().filter(v -> v.agreed() && v.reviewDate() != null)
                        .map(v -> new Review(v.id(), Subject.SHARED_VALUE, v.name(), null, v.reviewDate())))
                .forEach(reviews::add);
        return new SpaceDates(id, space.name(), rhythm != null && rhythm.agreed() ? rhythm : null, reviews,
                counselling.nextSession(id).orElse(null));
    }

    private CalendarFeed renewed(CalendarFeed feed) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        feed.replace(key, hash(tokens.signature(PURPOSE, key)), clock.instant());
        return feeds.saveAndFlush(feed);
    }

    private URI address(CalendarFeed feed) {
        return app.resolve(FEEDS.substring(1) + tokens.signature(PURPOSE, feed.feedKey()) + ".ics");
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
