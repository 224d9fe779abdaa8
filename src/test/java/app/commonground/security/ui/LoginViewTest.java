package app.commonground.security.ui;

import app.commonground.BrowserlessTest;
import app.commonground.security.TooManyAttemptsException;
import app.commonground.page.MySpacesView;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.WebAttributes;

import static app.commonground.BrowserlessUsers.open;
import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTest extends BrowserlessTest {

    @Test
    void a_failed_sign_in_is_explained_without_saying_whether_the_email_exists() {
        var visitor = users.anonymousWindow();

        visitor.activate();
        visitor.getUI().navigate("login", QueryParameters.of("error", ""));

        var view = (LoginView) visitor.getCurrentView();
        assertThat(view.form.isError()).isTrue();
        assertThat(view.errorMessage).isEqualTo("login.error.wrongCredentials");
    }

    @Test
    void a_blocked_sign_in_asks_the_person_to_wait() {
        var visitor = users.anonymousWindow();
        VaadinSession.getCurrent().getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new TooManyAttemptsException());

        visitor.activate();
        visitor.getUI().navigate("login", QueryParameters.of("error", ""));

        var view = (LoginView) visitor.getCurrentView();
        assertThat(view.errorMessage).isEqualTo("login.error.tooManyTries");
    }

    @Test
    void someone_not_signed_in_is_sent_to_sign_in_from_any_page() {
        var visitor = users.anonymousWindow();

        open(visitor, "");

        assertThat(visitor.getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void someone_signed_in_who_opens_the_sign_in_page_goes_to_their_spaces() {
        var robin = users.windowOf(people.newPerson("Robin"));

        open(robin, "login");

        assertThat(robin.getCurrentView()).isInstanceOf(MySpacesView.class);
    }
}
