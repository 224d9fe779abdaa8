package app.commonground.page;


import app.commonground.BrowserlessTest;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import app.commonground.space.NewSpace;
import app.commonground.space.SpaceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static app.commonground.BrowserlessUsers.open;
import static app.commonground.BrowserlessUsers.texts;
import static org.assertj.core.api.Assertions.assertThat;

class MySpacesViewTest extends BrowserlessTest {

    @Autowired
    SpaceService spaceService;

    @Test
    void each_member_sees_the_space_with_their_own_role() {
        var couple = people.newCouple();

        var sam = users.windowOf(couple.second());
        open(sam, "spaces/" + couple.spaceId());
        open(sam, "");
        var rivera = users.windowOf(couple.counsellor());
        open(rivera, "");

        assertThat(texts(sam, "cg-space-name")).containsExactly("Alex & Sam");
        assertThat(texts(sam, "cg-badge")).containsExactly("Partner");
        assertThat(texts(rivera, "cg-badge")).containsExactly("Observing");
        assertThat(rivera.find(H3.class).withClassName("cg-case-name").all()).extracting(H3::getText)
                .containsExactly("Alex & Sam");
    }

    @Test
    void someone_with_a_space_is_offered_another_one_quietly_and_gets_the_form_when_they_ask() {
        var couple = people.newPartners();
        var sam = users.windowOf(couple.second());
        open(sam, "spaces/" + couple.spaceId());
        open(sam, "");
        var view = (MySpacesView) sam.getCurrentView();
        assertThat(view.createPanel.isVisible()).isFalse();
        assertThat(view.startAnother.isVisible()).isTrue();

        sam.test(view.startAnother).click();

        assertThat(view.createPanel.isVisible()).isTrue();
        assertThat(view.startAnother.isVisible()).isFalse();
    }

    @Test
    void someone_with_one_space_lands_in_it_after_signing_in_and_finds_the_list_when_they_come_back() {
        var couple = people.newPartners();

        var sam = users.windowOf(couple.second());

        assertThat(sam.getCurrentView()).as("the first page after signing in").isInstanceOf(SpaceView.class);
        assertThat(sam.getCurrentView().getElement().getTextRecursively()).contains("Alex & Sam");
        open(sam, "");
        assertThat(sam.getCurrentView()).isInstanceOf(MySpacesView.class);
    }

    @Test
    void someone_with_two_spaces_signs_in_to_the_list_of_them() {
        var couple = people.newPartners();
        people.as(couple.second(), () -> spaceService.create(new NewSpace("Sam & the climbing club")));

        var sam = users.windowOf(couple.second());

        assertThat(sam.getCurrentView()).as("the first page after signing in").isInstanceOf(MySpacesView.class);
        assertThat(texts(sam, "cg-space-name")).containsExactlyInAnyOrder("Alex & Sam", "Sam & the climbing club");
    }

    @Test
    void someone_without_a_space_sees_the_form_to_start_one_at_once() {
        var robin = users.windowOf(people.newPerson("Robin"));
        open(robin, "");
        var view = (MySpacesView) robin.getCurrentView();

        assertThat(view.createPanel.isVisible()).isTrue();
        assertThat(view.startAnother.isVisible()).isFalse();
    }

    @Test
    void an_empty_name_is_refused_next_to_the_field_and_no_space_is_created() {
        var robin = users.windowOf(people.newPerson("Robin"));
        open(robin, "");
        var view = (MySpacesView) robin.getCurrentView();

        robin.test(view.create).click();

        assertThat(view.spaceName.isInvalid()).isTrue();
        assertThat(view.spaceName.getErrorMessage()).isEqualTo("Please give your space a name");
        assertThat(robin.getCurrentView()).isSameAs(view);
        assertThat(robin.find(Span.class).withClassName("cg-space-card").all()).isEmpty();
    }

    @Test
    void a_name_with_a_control_character_is_refused_next_to_the_field() {
        var robin = users.windowOf(people.newPerson("Robin"));
        open(robin, "");
        var view = (MySpacesView) robin.getCurrentView();

        robin.test(view.spaceName).setValue("Robin\u0007 & Kim");
        robin.test(view.create).click();

        assertThat(view.spaceName.getErrorMessage()).isEqualTo("This text holds invisible control characters: please type it again");
        assertThat(view.spaceName.getValue()).isEqualTo("Robin\u0007 & Kim");
    }
}
