package app.commonground.counselling.ui;

import app.commonground.base.ui.Texts;
import app.commonground.base.live.SpaceModel;
import app.commonground.base.ui.LiveScreen;
import app.commonground.counselling.NextSession;
import app.commonground.counselling.NextSessionProjection;
import app.commonground.space.SpaceMembers;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Paragraph;

import java.util.UUID;

/**
 * "Next session with Dr. Rivera: Tue 15 Dec, 18:00" at the top of the space, whichever section is open, in the
 * viewer's time zone; nothing while none is planned. Follows the space's model: a plan made, changed or cancelled
 * shows at once.
 */
public class NextSessionLine extends Composite<Paragraph> implements LiveScreen.Section {

    private SpaceModel shown;

    public NextSessionLine(LiveScreen screen) {
        screen.add(this);
        getContent().setId("next-session");
        getContent().addClassName("cg-next-session");
        setVisible(false);
    }

    @Override
    public void show(SpaceModel model, UUID viewerId) {
        if (model.sameParts(shown, NextSession.class, SpaceMembers.class)) {
            return;
        }
        shown = model;
        SpaceMembers members = model.get(SpaceMembers.class);
        var next = members.viewer(viewerId)
                .flatMap(viewer -> NextSessionProjection.of(model.get(NextSession.class), members, viewer));
        Texts.text(getContent(), () -> next.map(NextSessionText::line).orElse(""));
        setVisible(next.isPresent());
    }
}
