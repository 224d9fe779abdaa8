package app.commonground;

import app.commonground.account.AccountService;
import app.commonground.account.SignUp;
import app.commonground.space.ConsentService;
import app.commonground.space.InvitationService;
import app.commonground.space.LeavingService;
import app.commonground.space.NewSpace;
import app.commonground.space.SpaceService;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.UUID;
import java.util.function.Supplier;

/** Creates real accounts and spaces through the services, and acts as one of those people. */
@TestComponent
public class TestPeople {

    public static final String PASSWORD = "correct horse battery";

    private final AccountService accounts;
    private final SpaceService spaces;
    private final InvitationService invitations;
    private final ConsentService consents;
    private final UserDetailsService users;
    private final LeavingService leaving;
    private final JdbcClient jdbc;

    TestPeople(AccountService accounts, SpaceService spaces, InvitationService invitations, ConsentService consents,
               LeavingService leaving, UserDetailsService users, JdbcClient jdbc) {
        this.leaving = leaving;
        this.accounts = accounts;
        this.spaces = spaces;
        this.invitations = invitations;
        this.consents = consents;
        this.users = users;
        this.jdbc = jdbc;
    }

    public record Person(UUID id, String name, String email) {
    }

    public record Couple(UUID spaceId, Person first, Person second, Person counsellor) {
    }

    /** A new account with a unique email. */
    public Person newPerson(String name) {
        String email = name.toLowerCase().replaceAll("[^a-z]", "") + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.test";
        UUID id = accounts.signUp(new SignUp(name, email, PASSWORD));
        return new Person(id, name, email);
    }

    /** Two partners who joined one space through an invitation, and a counsellor both of them approved. */
    public Couple newCouple() {
        return withCounsellor(newPartners(), newPerson("Dr Rivera"));
    }

    /** The couple's counsellor, invited by the first partner and approved by both (one may observe several). */
    public Couple withCounsellor(Couple partners, Person counsellor) {
        Person first = partners.first();
        Person second = partners.second();
        UUID spaceId = partners.spaceId();
        String counsellorToken = as(first, () -> invitations.inviteCounsellor(spaceId).token());
        as(counsellor, () -> invitations.accept(counsellorToken));
        as(first, () -> consents.approve(spaceId, counsellor.id()));
        as(second, () -> consents.approve(spaceId, counsellor.id()));
        return new Couple(spaceId, first, second, counsellor);
    }

    /** Two partners who joined one space through an invitation, no counsellor yet. */
    public Couple newPartners() {
        Person first = newPerson("Alex");
        Person second = newPerson("Sam");
        UUID spaceId = as(first, () -> spaces.create(new NewSpace(first.name() + " & " + second.name())));
        String token = as(first, () -> invitations.invitePartner(spaceId).token());
        as(second, () -> invitations.accept(token));
        return new Couple(spaceId, first, second, null);
    }

    /** The couple's second partner leaves the space, and {@code name} joins it on the first partner's invitation. */
    public Person newPartnerAfterTheSecondLeft(Couple couple, String name) {
        as(couple.second(), () -> leaving.leave(couple.spaceId()));
        Person newcomer = newPerson(name);
        String token = as(couple.first(), () -> invitations.invitePartner(couple.spaceId()).token());
        as(newcomer, () -> invitations.accept(token));
        return newcomer;
    }

    /** Puts someone in a space directly in the database, past the invitation rules. */
    public void addMember(UUID spaceId, Person person, String role) {
        jdbc.sql("""
                insert into membership (id, space_id, account_id, role, joined_at, version)
                values (:id, :space, :account, :role, current_timestamp, 0)""")
                .param("id", UUID.randomUUID()).param("space", spaceId).param("account", person.id())
                .param("role", role).update();
    }

    public Authentication authentication(Person person) {
        UserDetails principal = users.loadUserByUsername(person.email());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    public <T> T as(Person person, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication(person));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void as(Person person, Runnable action) {
        as(person, () -> {
            action.run();
            return null;
        });
    }
}
