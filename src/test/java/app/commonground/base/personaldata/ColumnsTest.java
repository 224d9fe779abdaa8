package app.commonground.base.personaldata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnsTest {

    @Test
    void a_name_is_taken_out_only_where_it_stands_as_a_word_of_its_own() {
        assertThat(Columns.withoutName("Al asked Alex to take over “Also Al's”, from Al.", "Al", "a former member"))
                .isEqualTo("a former member asked Alex to take over “Also a former member's”, from a former member.");
    }

    @Test
    void a_name_with_signs_that_mean_something_to_patterns_is_taken_as_written() {
        assertThat(Columns.withoutName("changed the owner from Jo (Jo) to Sam", "Jo (Jo)", "a former member"))
                .isEqualTo("changed the owner from a former member to Sam");
    }
}
