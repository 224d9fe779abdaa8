package app.commonground.base.ui;

import app.commonground.base.SameMomentException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalsTest {

    @Test
    void a_step_that_met_the_partner_s_at_the_same_moment_is_worded_as_every_feature_worded_it_before() {
        assertThat(Refusals.say(new SameMomentException(null)))
                .isEqualTo("Your partner did something at the same moment. Have a look, then try again.");
    }

    @Test
    void any_other_refusal_keeps_its_own_words() {
        assertThat(Refusals.say(new IllegalStateException("This boundary is published already.")))
                .isEqualTo("This boundary is published already.");
    }
}
