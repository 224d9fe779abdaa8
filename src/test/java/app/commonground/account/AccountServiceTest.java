package app.commonground.account;

import app.commonground.InEnglish;
import app.commonground.IntegrationTest;
import app.commonground.TestPeople;
import app.commonground.base.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AuthenticationManager authentication;
    @Autowired
    TestPeople people;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_new_account_stores_its_password_only_as_a_delegating_hash() {
        String email = unique();
        UUID id = accounts.signUp(new SignUp("Robin", email, "a long enough password"));

        String hash = jdbc.sql("select password_hash from account where id = :id").param("id", id)
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("a long enough password");
    }

    @Test
    void email_is_stored_trimmed_and_in_lower_case_so_signing_in_ignores_case() {
        String email = unique();
        accounts.signUp(new SignUp("  Robin  ", "  " + email.toUpperCase() + " ", "a long enough password"));

        var signedIn = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, "a long enough password"));
        assertThat(signedIn.isAuthenticated()).isTrue();
    }

    @Test
    void a_second_account_for_the_same_email_is_refused_next_to_the_email_field() {
        String email = unique();
        accounts.signUp(new SignUp("Robin", email, "a long enough password"));

        assertThatThrownBy(() -> accounts.signUp(new SignUp("Other", email, "another long password")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("email"));
    }

    @Test
    void empty_name_bad_email_and_short_password_are_each_refused_with_their_own_message() {
        assertThatThrownBy(() -> accounts.signUp(new SignUp(" ", "not-an-email", "short")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).containsOnlyKeys("name", "email", "password");
                    assertThat(InEnglish.problems(e).get("name")).isEqualTo("Please tell us your name");
                    assertThat(InEnglish.problems(e).get("email")).isEqualTo("That doesn't look like an email address");
                    assertThat(InEnglish.problems(e).get("password")).isEqualTo("Use between 10 and 72 characters");
                });
    }

    @Test
    void a_password_of_few_characters_but_more_than_72_bytes_is_refused_with_a_message_instead_of_an_error() {
        String email = unique();

        assertThatThrownBy(() -> accounts.signUp(new SignUp("Zoë", email, "ééééé ".repeat(11))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("password"));
    }

    @Test
    void a_name_made_only_of_invisible_spaces_counts_as_empty() {
        assertThatThrownBy(() -> accounts.signUp(new SignUp("\u00a0\u200b\u2060\ufeff", unique(), "a long enough password")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("name"));
    }

    @Test
    void a_name_with_a_control_character_is_refused_and_no_account_is_created() {
        String email = unique();

        assertThatThrownBy(() -> accounts.signUp(new SignUp("Robin\u001b[31m", email, "a long enough password")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("name"));
        assertThat(jdbc.sql("select count(*) from account where email = :e").param("e", email)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void a_name_longer_than_sixty_characters_is_refused() {
        assertThatThrownBy(() -> accounts.signUp(new SignUp("x".repeat(61), unique(), "a long enough password")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(InEnglish.problems(e)).containsEntry("name", "Please keep your name to 60 characters"));
    }

    @Test
    void changing_the_password_needs_the_current_one() {
        var robin = people.newPerson("Robin");

        assertThatThrownBy(() -> people.as(robin, () -> accounts.changePassword("wrong password", "brand new password")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("currentPassword"));
    }

    @Test
    void after_a_password_change_only_the_new_password_signs_in() {
        var robin = people.newPerson("Robin");

        people.as(robin, () -> accounts.changePassword(TestPeople.PASSWORD, "brand new password"));

        assertThat(authentication.authenticate(UsernamePasswordAuthenticationToken
                .unauthenticated(robin.email(), "brand new password")).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> authentication.authenticate(UsernamePasswordAuthenticationToken
                .unauthenticated(robin.email(), TestPeople.PASSWORD))).isInstanceOf(BadCredentialsException.class);
    }

    private static String unique() {
        return "robin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }
}
