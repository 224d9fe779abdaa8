package app.commonground.account.ui;

import app.commonground.BrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static app.commonground.BrowserlessUsers.open;
import static org.assertj.core.api.Assertions.assertThat;

class SignUpViewTest extends BrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void each_broken_rule_is_shown_next_to_its_field() {
        var visitor = users.anonymousWindow();
        open(visitor, "signup");
        var view = (SignUpView) visitor.getCurrentView();

        visitor.test(view.email).setValue("not-an-email");
        visitor.test(view.password).setValue("short");
        visitor.test(view.create).click();

        assertThat(view.name.getErrorMessage()).isEqualTo("Please tell us your name");
        assertThat(view.email.getErrorMessage()).isEqualTo("That doesn't look like an email address");
        assertThat(view.password.getErrorMessage()).isEqualTo("Use between 10 and 72 characters");
        assertThat(visitor.getCurrentView()).isSameAs(view);
    }

    @Test
    void an_email_that_already_has_an_account_is_pointed_out() {
        var existing = people.newPerson("Existing");
        var visitor = users.anonymousWindow();
        open(visitor, "signup");
        var view = (SignUpView) visitor.getCurrentView();

        visitor.test(view.name).setValue("Someone");
        visitor.test(view.email).setValue(existing.email());
        visitor.test(view.password).setValue("a long enough password");
        visitor.test(view.create).click();

        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).isEqualTo("There is already an account for this email: sign in instead");
        assertThat(view.name.isInvalid()).isFalse();
    }

    @Test
    void asking_again_and_again_whether_emails_have_accounts_is_slowed_down() {
        var existing = people.newPerson("Existing");
        var visitor = users.anonymousWindow();
        open(visitor, "signup");
        var view = (SignUpView) visitor.getCurrentView();
        visitor.test(view.name).setValue("Someone");
        visitor.test(view.password).setValue("a long enough password");
        visitor.test(view.email).setValue(existing.email());
        try {
            for (int i = 0; i < 5; i++) {
                visitor.test(view.create).click();
                assertThat(view.email.getErrorMessage()).as("try %d", i + 1)
                        .isEqualTo("There is already an account for this email: sign in instead");
            }

            visitor.test(view.email).setValue("someone-" + UUID.randomUUID() + "@example.test");
            visitor.test(view.create).click();

            assertThat(view.email.getErrorMessage()).isEqualTo("Too many tries from here in a row. Please wait a little, then try again.");
            assertThat(visitor.getCurrentView()).isSameAs(view);
        } finally {
            jdbc.sql("delete from sign_in_failure where bucket like 'signup:%'").update();
        }
    }
}
