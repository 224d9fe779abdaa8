package app.commonground;

import app.commonground.TestPeople.Couple;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NewNegotiation;
import org.springframework.boot.test.context.TestComponent;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Takes a couple's negotiation to a given step through the service, as the two partners would. */
@TestComponent
public class TestNegotiations {

    private final NegotiationService negotiations;
    private final TestPeople people;

    TestNegotiations(NegotiationService negotiations, TestPeople people) {
        this.negotiations = negotiations;
        this.people = people;
    }

    /** A new negotiation with both drafts revealed: the restatements come next. */
    public UUID revealed(Couple couple, String title) {
        UUID topic = people.as(couple.first(), () -> negotiations.open(couple.spaceId(), new NewNegotiation(title, null)));
        people.as(couple.first(), () -> negotiations.saveDraft(topic, List.of("Rest"), List.of()));
        people.as(couple.second(), () -> negotiations.saveDraft(topic, List.of("Company"), List.of()));
        people.as(couple.first(), () -> negotiations.setReady(topic, true));
        people.as(couple.second(), () -> negotiations.setReady(topic, true));
        return topic;
    }

    /** A new negotiation with both restatements confirmed: options come next. */
    public UUID atOptions(Couple couple, String title) {
        UUID topic = revealed(couple, title);
        people.as(couple.first(), () -> negotiations.restate(topic, "You need company"));
        people.as(couple.second(), () -> negotiations.restate(topic, "You need rest"));
        people.as(couple.first(), () -> negotiations.answerRestatement(topic, true, null));
        people.as(couple.second(), () -> negotiations.answerRestatement(topic, true, null));
        return topic;
    }

    /** A new negotiation whose only option, rated by both, the second partner signed as the outcome. */
    public UUID agreed(Couple couple, String title, String outcome) {
        return agreed(couple, title, outcome, LocalDate.now().plusMonths(1));
    }

    /** A new negotiation agreed as {@link #agreed(Couple, String, String)}, to be reviewed on {@code reviewDate}. */
    public UUID agreed(Couple couple, String title, String outcome, LocalDate reviewDate) {
        UUID topic = atOptions(couple, title);
        UUID option = people.as(couple.first(), () -> negotiations.addOption(topic, outcome)).options().getFirst().id();
        people.as(couple.first(), () -> negotiations.rate(topic, option, 9));
        people.as(couple.second(), () -> negotiations.rate(topic, option, 9));
        people.as(couple.first(), () -> negotiations.proposeOutcome(topic, option, reviewDate));
        people.as(couple.second(), () -> negotiations.sign(topic));
        return topic;
    }
}
