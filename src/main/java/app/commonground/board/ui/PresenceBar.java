package app.commonground.board.ui;

import app.commonground.base.ui.Texts;
import app.commonground.base.live.SpaceModel;
import app.commonground.base.ui.LiveScreen;
import app.commonground.board.Presence;
import app.commonground.board.PresenceProjection;
import app.commonground.space.SpaceMembers;
import java.util.UUID;
import app.commonground.base.ui.Avatars;
import app.commonground.board.PresentPerson;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.List;

/** "Here now": an avatar and name for each person who has the space open; a counsellor is marked observing. */
public class PresenceBar extends Composite<Div> implements LiveScreen.Section {

    private final Div people = new Div();
    private List<PresentPerson> shown = List.of();

    public PresenceBar(LiveScreen screen) {
        screen.add(this);
        Span label = Texts.text(new Span(), "presence.hereNow");
        label.addClassName("cg-presence-label");
        people.addClassName("cg-presence-people");
        getContent().addClassName("cg-presence");
        getContent().add(label, people);
        getContent().getElement().setAttribute("aria-live", "polite");
    }

    /** Shows who is here in this model; does nothing when that has not changed (say, someone opened an editor). */
    @Override
    public void show(SpaceModel model, UUID viewerId) {
        SpaceMembers members = model.get(SpaceMembers.class);
        show(PresenceProjection.of(model.get(Presence.class), members).here(),
                new Avatars(members.people().stream().map(SpaceMembers.Person::accountId).toList()));
    }

    private void show(List<PresentPerson> present, Avatars avatars) {
        if (present.equals(shown)) {
            return;
        }
        shown = List.copyOf(present);
        people.removeAll();
        for (PresentPerson person : present) {
            Avatar avatar = avatars.avatar(person.accountId(), person.name());
            Span name = new Span(person.name());
            name.addClassName("cg-presence-name");
            Div chip = new Div(avatar, name);
            chip.addClassName("cg-presence-person");
            if (person.observing()) {
                Span observing = Texts.text(new Span(), "presence.observing");
                observing.addClassNames("cg-badge", "cg-badge-observer");
                chip.add(observing);
            }
            chip.getElement().setAttribute("data-person", person.name());
            people.add(chip);
        }
    }
}
