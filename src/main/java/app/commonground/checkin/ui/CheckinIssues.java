package app.commonground.checkin.ui;

import app.commonground.base.ui.InPlace;
import app.commonground.base.ui.SpaceLinks;
import app.commonground.base.ui.Texts;
import app.commonground.checkin.CheckinService;
import app.commonground.checkin.CheckinViews.CheckinView;
import app.commonground.checkin.CheckinViews.IssueView;
import app.commonground.checkin.CheckinViews.SideView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.commonground.base.ui.Texts.t;
import static app.commonground.checkin.ui.Blocks.link;
import static app.commonground.checkin.ui.Blocks.note;

/**
 * The issues raised in a revealed check-in, two at most, each with who raised it, their words and its way into a
 * negotiation; and, for a partner, the form to raise one.
 */
class CheckinIssues extends Composite<Div> {

    /** Built when first shown: a check-in that takes no more issues never needs it. */
    IssueForm form;

    private final CheckinService service;
    private final UUID checkinId;
    private final UUID spaceId;
    private final CheckinSteps steps;
    private final KeptWords kept;
    private final Map<UUID, Button> toNegotiation = new HashMap<>();
    private final H4 title = Texts.text(new H4(), "checkin.issues.title");

    CheckinIssues(CheckinService service, UUID checkinId, UUID spaceId, CheckinSteps steps, KeptWords kept) {
        this.service = service;
        this.checkinId = checkinId;
        this.spaceId = spaceId;
        this.steps = steps;
        this.kept = kept;
        getContent().addClassName("cg-checkin-issues");
        getContent().setId("checkin-issues");
    }

    CheckinIssues show(CheckinView checkin, String counsellor) {
        List<Component> parts = new ArrayList<>(List.of(title));
        for (IssueView issue : checkin.issues()) {
            parts.add(line(issue, checkin.done()));
        }
        boolean partner = checkin.sides().stream().anyMatch(SideView::you);
        if (checkin.issues().isEmpty()) {
            parts.add(note(checkin.moreIssuesAllowed() ? "checkin.issues.invite"
                    : partner || checkin.done() ? "checkin.issues.none" : "checkin.issues.noneYet"));
        }
        if (checkin.moreIssuesAllowed()) {
            if (form == null) {
                form = new IssueForm(service, checkinId, steps, kept, this::toNegotiation);
            }
            parts.addAll(form.raising(checkin, counsellor));
        } else if (partner && form != null && form.holdsWords()) {
            parts.addAll(form.kept(checkin.done(), counsellor));
        }
        InPlace.children(getContent(), parts);
        return this;
    }

    /** The fields a refusal of an issue may name. */
    Map<String, HasValidation> fields() {
        return form == null ? Map.of() : form.fields();
    }

    private Div line(IssueView issue, boolean done) {
        Div line = new Div(new Span(issue.title()), Texts.text(new Span(), () -> " · " + t("checkin.issues.raisedBy",
                issue.raisedByName(), issue.raisedByViewer() ? "you" : "other")));
        line.addClassName("cg-checkin-issue");
        line.getElement().setAttribute("data-issue", issue.title());
        if (issue.words() != null) {
            line.add(new Paragraph(issue.words()));
        }
        if (issue.negotiationId() != null) {
            line.add(link(SpaceLinks.negotiation(spaceId, issue.negotiationId()), "checkin.issues.openNegotiation"));
        } else if (issue.raisedByViewer() && !done) {
            line.add(toNegotiation.computeIfAbsent(issue.id(), key -> {
                Button button = Texts.text(new Button(), "checkin.issues.toNegotiation");
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                button.addClickListener(click -> steps.act(() -> toNegotiation(service.toNegotiation(checkinId, key))));
                return button;
            }));
        }
        return line;
    }

    private void toNegotiation(UUID negotiation) {
        getUI().ifPresent(ui -> ui.navigate(SpaceLinks.space(spaceId),
                QueryParameters.of(SpaceLinks.NEGOTIATION, negotiation.toString())));
    }
}
