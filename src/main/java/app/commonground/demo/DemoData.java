package app.commonground.demo;

import app.commonground.account.AccountService;
import app.commonground.account.SignUp;
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
    private final UserDetailsService users;
    private final JdbcClient jdbc;

    DemoData(AccountService accounts, SpaceService spaces, InvitationService invitations,
             UserDetailsService users, JdbcClient jdbc) {
        this.accounts = accounts;
        this.spaces = spaces;
        this.invitations = invitations;
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.sql("select count(*) from account").query(Integer.class).single();
        if (existing > 0) {
            return;
        }
        accounts.signUp(new SignUp("Alex", ALEX, PASSWORD));
        accounts.signUp(new SignUp("Sam", SAM, PASSWORD));
        UUID counsellor = accounts.signUp(new SignUp("Dr. Rivera", RIVERA, PASSWORD));
        try {
            signInAs(ALEX);
            UUID space = spaces.create(new NewSpace("Alex & Sam"));
            String link = invitations.invitePartner(space).token();
            signInAs(SAM);
            invitations.accept(link);
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

    private void signInAs(String email) {
        var principal = users.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }
}
