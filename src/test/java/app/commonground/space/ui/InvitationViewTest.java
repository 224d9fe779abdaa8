package app.commonground.space.ui;

import app.commonground.page.SpaceView;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import app.commonground.BrowserlessTest;
import app.commonground.TestPeople;
import app.commonground.account.ui.SignUpView;
import app.commonground.space.InvitationService;
import app.commonground.space.NewSpace;
import app.commonground.space.SpaceService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static app.commonground.BrowserlessUsers.open;
import static org.assertj.core.api.Assertions.assertThat;

class InvitationViewTest extends BrowserlessTest {

    @Autowired
    SpaceService spaces;
    @Autowired
    InvitationService invitations;

    TestPeople.Person alex;
    String token;

    @BeforeEach
    void aSpaceWithAnOpenInvitation() {
        alex = people.newPerson("Alex");
        UUID space = people.as(alex, () -> spaces.create(new NewSpace("Alex & Sam")));
        token = people.as(alex, () -> invitations.invitePartner(space).token());
    }

    @Test
    void someone_not_signed_in_is_told_who_invites_them_and_offered_to_sign_up_or_in() {
        var visitor = users.anonymousWindow();

        open(visitor, "invite/" + token);

        assertThat(visitor.find(H1.class).single().getText()).isEqualTo("Alex invited you to join “Alex & Sam”");
        assertThat(visitor.find(Button.class).all()).extracting(Button::getText)
                .containsExactly("Create an account to join", "I already have an account");
    }

    @Test
    void after_choosing_to_sign_up_the_visitor_lands_on_the_sign_up_page() {
        var visitor = users.anonymousWindow();
        open(visitor, "invite/" + token);

        visitor.test(visitor.find(Button.class).withText("Create an account to join").single()).click();

        assertThat(visitor.getCurrentView()).isInstanceOf(SignUpView.class);
    }

    @Test
    void a_signed_in_person_joins_with_one_click_and_lands_in_the_space() {
        var sam = users.windowOf(people.newPerson("Sam"));
        open(sam, "invite/" + token);

        sam.test(sam.find(Button.class).withText("Join as partner").single()).click();

        assertThat(sam.getCurrentView()).isInstanceOf(SpaceView.class);
        assertThat(sam.find(H1.class).withId("space-title").single().getText()).isEqualTo("Alex & Sam");
        assertThat(sam.find(Span.class).withId("space-members").single().getText()).isEqualTo("Alex & Sam (you)");
    }

    @Test
    void a_used_link_shows_a_clear_page_instead_of_an_error() {
        people.as(people.newPerson("Sam"), () -> invitations.accept(token));
        var latecomer = users.windowOf(people.newPerson("Latecomer"));

        open(latecomer, "invite/" + token);

        assertThat(latecomer.find(H1.class).single().getText()).isEqualTo("This invitation has already been used");
        assertThat(latecomer.find(Button.class).all()).isEmpty();
    }

    @Test
    void an_unknown_link_shows_a_clear_page_instead_of_an_error() {
        var visitor = users.anonymousWindow();

        open(visitor, "invite/made-up-token");

        assertThat(visitor.find(H1.class).single().getText()).isEqualTo("We don't recognise this invitation");
    }
}
