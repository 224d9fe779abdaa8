package app.commonground.space.ui;

import app.commonground.base.ui.Texts;
import app.commonground.space.ConsentRequest;
import app.commonground.space.ConsentService;
import app.commonground.space.SpaceMembers;
import app.commonground.space.Viewer;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import java.util.List;
import java.util.UUID;

/** "Dr. Rivera asks to observe your space": approve or decline, for each partner separately. */
public class ConsentRequests extends Composite<Div> {

    private final ConsentService consents;

    /** An answer changes the space's people, and the page shows the requests again from its model. */
    public ConsentRequests(ConsentService consents) {
        this.consents = consents;
        getContent().addClassName("cg-callout");
        getContent().setId("consent-requests");
    }

    /** Shows the requests waiting in the space, from its model; none for a counsellor, who may not see them. */
    public void show(SpaceMembers members, Viewer viewer) {
        UUID spaceId = members.spaceId();
        getContent().removeAll();
        List<ConsentRequest> requests = members.consentRequests(viewer);
        setVisible(!requests.isEmpty());
        requests.forEach(request -> getContent().add(row(spaceId, request)));
    }

    private Div row(UUID spaceId, ConsentRequest request) {
        Div row = new Div();
        row.addClassName("cg-consent");
        if (!request.waitingForViewer()) {
            row.add(Texts.text(new Paragraph(), "consent.request.approved", request.counsellorName()));
            return row;
        }
        Button approve = Texts.text(new Button("", click -> consents.approve(spaceId, request.counsellorId())),
                "consent.request.approve");
        approve.setId("consent-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button decline = Texts.text(new Button("", click -> consents.decline(spaceId, request.counsellorId())),
                "consent.request.decline");
        row.add(Texts.text(new Paragraph(), "consent.request.asks", request.counsellorName()), approve, decline);
        return row;
    }
}
