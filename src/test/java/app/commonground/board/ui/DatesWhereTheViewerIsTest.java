package app.commonground.board.ui;

import app.commonground.BrowserTest;
import app.commonground.TestNegotiations;
import app.commonground.TestPeople;
import app.commonground.board.BoardService;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.board.ItemStatus;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A viewer in Auckland whose browser asks for German reads the space in German: moments are shown as days in their
 * time zone, in their language's format; a calendar date (a target date) is the same day everywhere; the labels,
 * whose turn it is and the activity are German, while what people wrote stays as they wrote it.
 */
class DatesWhereTheViewerIsTest extends BrowserTest {

    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.GERMANY);

    @Autowired
    BoardService board;
    @Autowired
    TestNegotiations negotiating;
    @Autowired
    JdbcClient jdbc;

    @Test
    void dates_are_shown_in_the_viewers_time_zone_and_language_and_calendar_dates_stay_the_same_day() {
        TestPeople.Couple couple = people.newPartners();
        LocalDate target = LocalDate.of(2027, 4, 18);
        people.as(couple.first(), () -> board.add(couple.spaceId(), BoardService.Placement.MINE,
                new ItemDraft(ItemKind.GOAL, "Run a half marathon", null, ItemStatus.ACTIVE, target, null)));
        UUID topic = negotiating.agreed(couple, "Weekends", "Sundays are ours");
        Instant agreedAt = jdbc.sql("select agreed_at from negotiation where id = ?").param(topic)
                .query(java.sql.Timestamp.class).single().toInstant();

        WebDriver auckland = keep(chromium(Map.of("TZ", "Pacific/Auckland"), "de-DE"));
        showSpace(auckland, url(""), couple.first(), couple.spaceId());

        waitIn(auckland).until(b -> texts(b, ".cg-item-target").contains("Zieldatum: " + GERMAN.format(target)));
        waitIn(auckland).until(b -> texts(b, ".cg-activity-text")
                .contains("Alex hat das Ziel „Run a half marathon“ hinzugefügt"));
        assertThat(textOf(auckland, "negotiations-tab")).contains("Klärungen");
        click(auckland, "negotiations-tab");
        waitIn(auckland).until(b -> texts(b, ".cg-negotiation-card[data-title='Weekends'] .cg-turn").stream()
                .anyMatch(turn -> turn.startsWith("Abgesprochen am " + GERMAN.format(agreedAt.atZone(AUCKLAND))
                        + " · nochmal anschauen am ")));
        click(auckland, By.cssSelector(".cg-negotiation-card[data-title='Weekends']"));
        waitIn(auckland).until(ExpectedConditions.textToBePresentInElementLocated(By.id("negotiation-outcome"),
                "Abgesprochen am " + GERMAN.format(agreedAt.atZone(AUCKLAND)) + "."));
    }
}
