package app.commonground.demo;

import app.commonground.account.AccountService;
import app.commonground.account.SignUp;
import app.commonground.board.BoardService;
import app.commonground.board.BoardService.Placement;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.board.ItemStatus;
import app.commonground.board.ItemView;
import app.commonground.responsibility.Area;
import app.commonground.responsibility.Cadence;
import app.commonground.responsibility.ResponsibilityDraft;
import app.commonground.responsibility.ResponsibilityService;
import app.commonground.responsibility.ResponsibilityView;
import app.commonground.space.InvitationService;
import app.commonground.space.NewSpace;
import app.commonground.space.SpaceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Fills an empty database with two partners, a counsellor and their space, going through the same
 * services a person would, so a newcomer can look around at once. Never on the production profile.
 */
@Component
@ConditionalOnProperty(name = "common-ground.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "together123";
    static final String ALEX = "alex@example.com";
    static final String SAM = "sam@example.com";
    static final String RIVERA = "rivera@example.com";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountService accounts;
    private final SpaceService spaces;
    private final InvitationService invitations;
    private final BoardService board;
    private final ResponsibilityService responsibilities;
    private final UserDetailsService users;
    private final JdbcClient jdbc;

    DemoData(AccountService accounts, SpaceService spaces, InvitationService invitations, BoardService board,
             ResponsibilityService responsibilities, UserDetailsService users, JdbcClient jdbc) {
        this.accounts = accounts;
        this.spaces = spaces;
        this.invitations = invitations;
        this.board = board;
        this.responsibilities = responsibilities;
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.sql("select count(*) from account").query(Integer.class).single();
        if (existing > 0) {
            return;
        }
        UUID alex = accounts.signUp(new SignUp("Alex", ALEX, PASSWORD));
        UUID sam = accounts.signUp(new SignUp("Sam", SAM, PASSWORD));
        UUID counsellor = accounts.signUp(new SignUp("Dr. Rivera", RIVERA, PASSWORD));
        try {
            signInAs(ALEX);
            UUID space = spaces.create(new NewSpace("Alex & Sam"));
            String link = invitations.invitePartner(space).token();
            signInAs(SAM);
            invitations.accept(link);
            fillBoard(space);
            fillResponsibilities(space, alex, sam);
            jdbc.sql("""
                    insert into membership (id, space_id, account_id, role, joined_at, version)
                    values (:id, :space, :account, 'COUNSELLOR', current_timestamp, 0)""")
                    .param("id", UUID.randomUUID()).param("space", space).param("account", counsellor)
                    .update();
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo data created: sign in as {}, {} or {} with password {}", ALEX, SAM, RIVERA, PASSWORD);
    }

    private void fillBoard(UUID space) {
        signInAs(ALEX);
        add(space, Placement.MINE, new ItemDraft(ItemKind.GOAL, "Run a half marathon",
                "Three runs a week, building up to 18 km by March.", ItemStatus.ACTIVE, LocalDate.of(2027, 4, 18),
                "Come to the finish line, and don't let me skip the long Sunday run."));
        add(space, Placement.MINE, new ItemDraft(ItemKind.HOBBY, "Pottery class on Thursdays",
                "Wheel throwing, beginners' group.", ItemStatus.ACTIVE, null,
                "Keep Thursday evenings free for me."));
        add(space, Placement.MINE, ItemDraft.idea(ItemKind.GOAL, "Learn conversational Spanish"));
        add(space, Placement.SHARED, new ItemDraft(ItemKind.GOAL, "Save for a trip to Japan",
                "200 a month each into the travel account.", ItemStatus.ACTIVE, LocalDate.of(2027, 10, 1), null));
        add(space, Placement.SHARED, new ItemDraft(ItemKind.HOBBY, "Board-game night every Wednesday",
                null, ItemStatus.ACTIVE, null, null));

        signInAs(SAM);
        add(space, Placement.MINE, new ItemDraft(ItemKind.GOAL, "Finish my nursing certification",
                "Two modules left, exams in June.", ItemStatus.ACTIVE, LocalDate.of(2027, 6, 30),
                "Quiet evenings in the weeks before exams, and cook on Tuesdays."));
        add(space, Placement.MINE, new ItemDraft(ItemKind.HOBBY, "Climbing with friends",
                "Bouldering on Saturday mornings.", ItemStatus.ACTIVE, null, null));
        add(space, Placement.MINE, new ItemDraft(ItemKind.HOBBY, "Sourdough baking", null,
                ItemStatus.PAUSED, null, null));
        add(space, Placement.SHARED, new ItemDraft(ItemKind.GOAL, "Sunday dinner with both families once a month",
                "Alternate between the two families.", ItemStatus.ACTIVE, null, null));
        var flat = add(space, Placement.SHARED, new ItemDraft(ItemKind.GOAL, "Move into a flat with a garden",
                "Two bedrooms, near the park, before the lease ends.", ItemStatus.ACTIVE, null, null));
        board.setStatus(flat.id(), flat.revision(), ItemStatus.ACHIEVED);
    }

    private void fillResponsibilities(UUID space, UUID alex, UUID sam) {
        agreed(space, ALEX, SAM, new ResponsibilityDraft("Weekly food shop", Area.HOUSEHOLD, alex, Cadence.WEEKLY,
                "Fridge and cupboards stocked for the week's meals", 90, "Shared list on the fridge door."));
        agreed(space, SAM, ALEX, new ResponsibilityDraft("Cook dinner on weekdays", Area.HOUSEHOLD, sam, Cadence.DAILY,
                "A warm dinner on the table by 7:30, Monday to Friday", 300, null));
        agreed(space, SAM, ALEX, new ResponsibilityDraft("Check in about the week", Area.EMOTIONAL_SUPPORT, null,
                Cadence.WEEKLY, "Twenty minutes on Sunday evening, phones away", 20, null));
        ResponsibilityView bills = agreed(space, ALEX, SAM, new ResponsibilityDraft("Pay the bills and update the budget",
                Area.MONEY, alex, Cadence.MONTHLY, "Every bill paid on time and the budget sheet up to date", 30, null));
        signInAs(ALEX);
        responsibilities.askHandOver(bills.id());
        responsibilities.propose(space, new ResponsibilityDraft("Laundry", Area.HOUSEHOLD, sam, Cadence.WEEKLY,
                "Washed, dried and folded by Sunday night", 60, null));
        signInAs(SAM);
        responsibilities.propose(space, new ResponsibilityDraft("Plan visits to the grandparents", Area.CARE, null,
                Cadence.MONTHLY, "A date in the calendar every month", 15, null));
    }

    private ResponsibilityView agreed(UUID space, String proposer, String accepter, ResponsibilityDraft draft) {
        signInAs(proposer);
        ResponsibilityView proposed = responsibilities.propose(space, draft);
        signInAs(accepter);
        return responsibilities.accept(proposed.id(), proposed.revision());
    }

    private ItemView add(UUID space, Placement placement, ItemDraft draft) {
        return board.add(space, placement, draft);
    }

    private void signInAs(String email) {
        var principal = users.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }
}
