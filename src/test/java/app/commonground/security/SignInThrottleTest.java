package app.commonground.security;

import app.commonground.IntegrationTest;
import app.commonground.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class SignInThrottleTest {

    @Autowired
    AuthenticationManager authentication;
    @Autowired
    TestPeople people;

    @Test
    void after_five_wrong_passwords_even_the_right_password_is_refused_for_now() {
        var robin = people.newPerson("Robin");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(robin.email(), "wrong password"))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(robin.email(), TestPeople.PASSWORD))
                .isInstanceOf(TooManyAttemptsException.class);
    }

    @Test
    void an_email_without_an_account_is_blocked_the_same_way_so_the_answer_reveals_nothing() {
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
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }
}
