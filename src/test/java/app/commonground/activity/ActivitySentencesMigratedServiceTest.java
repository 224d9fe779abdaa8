package app.commonground.activity;

import app.commonground.IntegrationTest;
import app.commonground.TestPeople;
import app.commonground.activity.ui.ActivityText;
import db.migration.V14__activity_kinds_from_sentences;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lines recorded as sentences, before lines were structured, are read into kinds and words by the migration, and
 * the feed says the same of them as before (or, for a changed responsibility, says it without the old values).
 */
@IntegrationTest
class ActivitySentencesMigratedServiceTest {

    @Autowired
    TestPeople people;
    @Autowired
    ActivityLog activity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void every_sentence_the_product_wrote_is_read_into_a_kind_and_shown_as_it_was() throws Exception {
        TestPeople.Couple couple = people.newCouple();
        TestPeople.Person alex = couple.first();
        TestPeople.Person rivera = couple.counsellor();
        Map<String, String> sentences = new LinkedHashMap<>();
        for (String same : List.of(
                "added the goal “Run a half marathon”", "added the shared hobby “Salsa”",
                "updated the goal “Run a half marathon”", "marked the goal “Run a half marathon” achieved",
                "set the hobby “Salsa” to paused", "moved the goal “Run” to Us",
                "took the shared goal “Run” into their own column", "archived the hobby “Salsa”",
                "restored the hobby “Salsa”", "proposed “Dishes” (Sam, 30 min a week)",
                "proposed “Bins” (both of you, 10 min a week)", "agreed to “Dishes”",
                "asked Sam to take over “Dishes”", "took over “Dishes” from Sam", "declined to take over “Dishes”",
                "opened a negotiation about “Weekends”", "marked their draft ready in “Weekends”",
                "took back their “ready” in “Weekends”", "is ready too: both positions are revealed in “Weekends”",
                "restated their partner's core needs in “Weekends”", "confirmed: “yes, you got it” in “Weekends”",
                "asked for another try: “not quite” in “Weekends”", "added an option: “Alternate Sundays” in “Weekends”",
                "rated the option in “Weekends”", "rated all 3 options in “Weekends”", "rated an option in “Weekends”",
                "proposed “Alternate Sundays” as the outcome in “Weekends”",
                "signed: “Alternate Sundays” is agreed in “Weekends”", "declined the proposed outcome in “Weekends”",
                "invited a counsellor to observe the space",
                "asked to observe the space, waiting for both partners' consent",
                "approved Dr Rivera as an observer", "ended Dr Rivera's access to the space", "joined the space",
                "said something the product never wrote")) {
            sentences.put(same.replace("(both of you", "(Both of you"), same);
        }
        sentences.put("changed the owner from Alex to Sam; the estimate from 30 to 45 min a week for “Dishes”",
                "changed who does it and the time it takes for “Dishes”");
        sentences.put("changed the details for “Dishes”", "changed the details for “Dishes”");
        List<String> stored = new ArrayList<>(sentences.keySet());
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < stored.size(); i++) {
            jdbc.sql("""
                            insert into activity (id, space_id, actor_id, description, occurred_at, version)
                            values (?, ?, ?, ?, ?, 0)""")
                    .params(UUID.randomUUID(), couple.spaceId(), alex.id(), stored.get(i),
                            java.sql.Timestamp.from(at.plusSeconds(i))).update();
        }

        try (Connection connection = dataSource.getConnection()) {
            V14__activity_kinds_from_sentences.migrate(connection);
        }

        List<ActivityEntry> lines = people.as(alex, () -> activity.newest(couple.spaceId(), 10)).entries().reversed();
        assertThat(lines).extracting(ActivityText::sentence)
                .containsSubsequence(sentences.values().stream().toList());
        assertThat(lines).filteredOn(line -> line.kind() == ActivityKind.EARLIER)
                .extracting(ActivityText::sentence).containsExactly("said something the product never wrote");
        assertThat(lines).filteredOn(line -> line.what().otherId() != null)
                .extracting(line -> line.what().otherId()).containsOnly(couple.second().id(), rivera.id());
        assertThat(jdbc.sql("select count(*) from activity where space_id = ? and description is not null")
                .param(couple.spaceId()).query(Long.class).single()).isEqualTo(1);
    }
}
