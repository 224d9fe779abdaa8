package app.commonground.base.ui;

import app.commonground.base.InvalidInputException;
import app.commonground.base.SameMomentException;
import app.commonground.negotiation.NegotiationStepException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefusalsTest {

    @Test
    void a_step_that_met_the_partner_s_at_the_same_moment_is_worded_as_every_feature_worded_it_before() {
        assertThat(Refusals.say(new SameMomentException(null)))
                .isEqualTo("Your partner did something at the same moment. Have a look, then try again.");
    }

    @Test
    void a_refused_step_is_said_in_words_from_its_reason() {
        assertThat(Refusals.say(new NegotiationStepException("refused.negotiation.rated")))
                .isEqualTo("You already rated this option.");
        assertThat(Refusals.say(InvalidInputException.of("title", "input.title.tooLong", 120)))
                .isEqualTo("Please keep the title to 120 characters");
    }

    @Test
    void a_refusal_with_no_reason_for_people_is_a_bug_not_a_message() {
        assertThatThrownBy(() -> Refusals.say(new IllegalStateException("This boundary is published already.")))
                .isInstanceOf(IllegalStateException.class);
    }
}
