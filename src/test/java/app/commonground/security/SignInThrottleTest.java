package app.commonground.security;

import app.commonground.IntegrationTest;
import app.commonground.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class SignInThrottleTest {

    @Autowired
    AuthenticationManager authentication;
    @Autowired
    TestPeople people;

    private final String address = "address-" + UUID.randomUUID();

    @Test
    void after_five_wrong_passwords_from_one_address_even_the_right_password_must_wait_a_moment_there() {
        var robin = people.newPerson("Robin");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(robin.email(), "wrong password"))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(robin.email(), TestPeople.PASSWORD))
                .isInstanceOf(TooManyAttemptsException.class);
    }

    @Test
    void an_email_without_an_account_is_slowed_down_the_same_way_so_the_answer_reveals_nothing() {
        String nobody = "nobody-" + UUID.randomUUID() + "@example.test";
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(nobody, "wrong password")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(nobody, "wrong password")).isInstanceOf(TooManyAttemptsException.class);
    }

    @Test
    void the_right_password_signs_in_after_fewer_than_five_mistakes() {
        var robin = people.newPerson("Robin");
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn(robin.email(), "wrong password"))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThat(signIn(robin.email(), TestPeople.PASSWORD).isAuthenticated()).isTrue();
    }

    private org.springframework.security.core.Authentication signIn(String email, String password) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return authentication.authenticate(attempt);
    }
}
