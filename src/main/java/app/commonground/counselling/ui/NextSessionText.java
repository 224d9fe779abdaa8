package app.commonground.counselling.ui;

import app.commonground.base.ui.Dates;
import app.commonground.base.ui.Texts;
import app.commonground.counselling.CounsellingViews.NextSessionView;
import com.vaadin.flow.component.html.Span;

/** The next session in words, where the viewer is: "Next session with Dr. Rivera: Tue 15 Dec, 18:00". */
public final class NextSessionText {

    private NextSessionText() {
    }

    public static String line(NextSessionView next) {
        return next.mine() ? Texts.t("counselling.next.mine", Dates.dayAndTime(next.startsAt()))
                : Texts.t("counselling.next.with", next.counsellorName(), Dates.dayAndTime(next.startsAt()));
    }

    /** The line on a partner's card of the space, on their home page. */
    public static Span onCard(NextSessionView next) {
        Span line = Texts.text(new Span(), () -> line(next));
        line.addClassName("cg-space-facts");
        line.addClassName("cg-next-session");
        return line;
    }
}
