package app.commonground.space.ui;

import app.commonground.base.live.LiveSpaces;
import app.commonground.base.live.SpaceModel;
import app.commonground.base.ui.Dates;
import app.commonground.base.ui.LiveScreen;
import app.commonground.base.ui.InAppLink;
import com.vaadin.flow.component.html.Anchor;
import app.commonground.space.SpaceMembers;
import app.commonground.space.ConsentRequest;
import app.commonground.space.AccessRecords;
import app.commonground.space.ConsentService;
import app.commonground.space.InvitationLink;
import app.commonground.space.Member;
import app.commonground.space.InvitationService;
import app.commonground.space.InvitationUnusableException;
import app.commonground.space.LeavingService;
import app.commonground.space.OpenInvitation;
import app.commonground.space.SpaceDetails;
import app.commonground.space.SpaceService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.PermitAll;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;

/** A space's members and, for partners, the link that invites the second partner. */
@Route("spaces/:" + SpaceRoutes.SPACE_ID + "/settings")
@PageTitle("Space settings · Common Ground")
@PermitAll
public class SpaceSettingsView extends VerticalLayout implements BeforeEnterObserver, LiveScreen.Section {

    final MemberList members = new MemberList();
    final Div invitation = new Div();
    final Button createLink = new Button("Create invitation link", VaadinIcon.LINK.create());
    final TextField link = new TextField("Invitation link");
    final Button copy = new Button("Copy link", VaadinIcon.COPY_O.create());
    final Div openLinks = new Div();
    final Div counsellors = new Div();
    final Button inviteCounsellor = new Button("Create a counsellor link", VaadinIcon.LINK.create());
    final TextField counsellorLink = new TextField("Counsellor invitation link");

    private final SpaceService spaces;
    private final InvitationService invitations;
    private final ConsentService consents;
    private final AccessRecords records;
    private final Div record = new Div();
    private final Div leave = new Div();
    private final LeavingService leaving;
    private final H1 title = new H1();
    private final Anchor back = InAppLink.to("");
    private final LiveScreen live;
    private UUID spaceId;

    public SpaceSettingsView(SpaceService spaces, InvitationService invitations, ConsentService consents,
                             AccessRecords records, LeavingService leaving, LiveSpaces liveSpaces,
                             Clock clock) {
        this.leaving = leaving;
        this.records = records;
        this.spaces = spaces;
        this.invitations = invitations;
        this.consents = consents;
        counsellors.addClassName("cg-panel");
        inviteCounsellor.setId("counsellor-invite");
        counsellorLink.setId("counsellor-link");
        counsellorLink.setReadOnly(true);
        counsellorLink.setWidthFull();
        counsellorLink.setVisible(false);
        inviteCounsellor.addClickListener(click -> {
            InvitationLink created = invitations.inviteCounsellor(spaceId);
            counsellorLink.setValue(absolute(created.path()));
            counsellorLink.setHelperText("Send this to your counsellor. They see nothing until you both approve "
                    + "them here. It expires on " + Dates.day(created.expiresAt()) + ".");
            counsellorLink.setVisible(true);
        });
        addClassName("cg-page");
        invitation.addClassName("cg-panel");
        back.addClassName("cg-back");
        createLink.setId("invite-create");
        link.setId("invite-link");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setVisible(false);
        copy.setVisible(false);
        copy.addClickListener(click -> {
            copy.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", link.getValue());
            copy.setText("Copied");
        });
        createLink.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        createLink.addClickListener(click -> createInvitation());
        Div memberPanel = new Div(new H2("Members"), members);
        memberPanel.addClassName("cg-panel");
        record.addClassNames("cg-panel", "cg-consent-record");
        record.setId("consent-record");
        add(back, title, memberPanel, invitation, counsellors, record, leave);
        live = new LiveScreen(this, liveSpaces, clock);
        live.add(this);
    }

    /** Members come and go live; a viewer whose access ended sees nothing of the space any more, at once. */
    @Override
    public void show(SpaceModel model, UUID viewerId) {
        SpaceMembers people = model.get(SpaceMembers.class);
        people.viewer(viewerId).ifPresentOrElse(viewer -> members.show(people.details(viewer).members()), () -> {
            live.stop();
            AccessEnded.replace(this, AccessEnded.why(people, viewerId));
            spaceId = null;
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SpaceRoutes.open(event, spaces).ifPresent(details -> {
            spaceId = details.id();
            show(details);
            live.follow(spaceId, details.viewerId());
        });
    }

    private void show(SpaceDetails details) {
        title.setText("Settings · " + details.name());
        back.setText("← Back to " + details.name());
        back.setHref(SpaceRoutes.spacePath(spaceId));
        members.show(details.members());
        showInvitation(details);
        showCounsellors(details);
        showRecord(details);
        leave.removeAll();
        if (details.viewerIsPartner()) {
            leave.add(Leaving.card(details, leaving));
        }
    }

    /**
     * The consent history and the counsellors' visits, for the partners: read when the page opens and after the
     * partner's own steps here, never inside a push.
     */
    private void showRecord(SpaceDetails details) {
        record.removeAll();
        record.setVisible(details.viewerIsPartner());
        if (!details.viewerIsPartner()) {
            return;
        }
        List<AccessRecords.ConsentStep> history = records.history(spaceId);
        List<AccessRecords.Visit> visits = records.visits(spaceId);
        record.add(new H2("Consent and visits"));
        if (history.isEmpty()) {
            record.add(new Paragraph("No counsellor has been invited yet."));
        }
        UnorderedList steps = new UnorderedList();
        history.forEach(step -> steps.add(new ListItem(Dates.day(step.at()) + " · " + MemberText.consentStep(step))));
        steps.setId("consent-history");
        record.add(steps);
        if (!visits.isEmpty()) {
            UnorderedList seen = new UnorderedList();
            visits.forEach(visit -> seen.add(new ListItem(visit.counsellorName() + " viewed "
                    + (visit.what() == AccessRecords.ReadKind.SPACE ? "your space" : "the summary since your last session")
                    + " on " + Dates.day(visit.at()))));
            seen.setId("counsellor-visits");
            record.add(new Paragraph("When your counsellor looked:"), seen);
        }
    }

    private void showInvitation(SpaceDetails details) {
        invitation.removeAll();
        invitation.setVisible(details.viewerIsPartner());
        if (!details.awaitingPartner()) {
            invitation.add(new H2("Both of you are here"),
                    new Paragraph("A space is for one couple, so no more partners can join."));
            return;
        }
        invitation.add(new H2("Invite your partner"), new Paragraph("Create a private link and send it to your partner however you like. "
                + "It works once, expires after seven days, and you can withdraw it at any time."),
                createLink, link, copy, openLinks);
        showOpenLinks();
    }

    private void showCounsellors(SpaceDetails details) {
        counsellors.removeAll();
        counsellors.setVisible(details.viewerIsPartner());
        counsellors.add(new H2("Counsellor"), new Paragraph("A counsellor can observe your space, read-only, once "
                + "you have both approved them. Either of you can end their access at any time; their open page "
                + "closes at once."));
        List<Member> all = new ArrayList<>(details.counsellors());
        all.addAll(details.pendingCounsellors());
        Map<UUID, ConsentRequest> requests = all.stream().anyMatch(Member::pending) && details.viewerIsPartner()
                ? consents.requests(spaceId).stream().collect(Collectors.toMap(ConsentRequest::counsellorId, r -> r))
                : Map.of();
        for (Member counsellor : all) {
            Span who = new Span(counsellor.name() + " · " + (counsellor.pending()
                    ? consentState(requests.get(counsellor.accountId()), details) : "observing"));
            Button end = new Button(counsellor.pending() ? "Withdraw the request" : "End access", click -> {
                consents.revoke(spaceId, counsellor.accountId());
                show(spaces.details(spaceId));
            });
            end.setId("counsellor-revoke");
            end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            Div row = new Div(who, end);
            row.addClassName("cg-open-link");
            counsellors.add(row);
        }
        counsellors.add(inviteCounsellor, counsellorLink);
    }

    /** "You approved, waiting for Sam", "Sam approved, waiting for you", "waiting for both of you". */
    private static String consentState(ConsentRequest request, SpaceDetails details) {
        if (request == null || request.approvedBy().isEmpty()) {
            return details.partners().size() < 2 ? "waiting for your approval" : "waiting for both of you to approve";
        }
        String viewer = details.members().stream().filter(Member::isViewer).map(Member::name).findFirst().orElse("");
        List<String> waiting = details.partners().stream().map(Member::name)
                .filter(name -> !request.approvedBy().contains(name)).toList();
        String approved = request.approvedBy().stream().map(name -> name.equals(viewer) ? "you" : name)
                .collect(Collectors.joining(" and "));
        String waitingFor = waiting.stream().map(name -> name.equals(viewer) ? "you" : name)
                .collect(Collectors.joining(" and "));
        return Character.toUpperCase(approved.charAt(0)) + approved.substring(1) + " approved"
                + (waitingFor.isEmpty() ? "" : ", waiting for " + waitingFor);
    }

    private void createInvitation() {
        try {
            InvitationLink created = invitations.invitePartner(spaceId);
            link.setValue(absolute(created.path()));
            link.setHelperText("Copy this link now: for your privacy we don't keep it, so it can't be shown again. "
                    + "It expires on " + Dates.day(created.expiresAt()) + ".");
            link.setVisible(true);
            copy.setVisible(true);
            copy.setText("Copy link");
            createLink.setText("Create a new link");
            link.focus();
            link.getElement().executeJs("this.inputElement.select()");
            showOpenLinks();
        } catch (InvitationUnusableException full) {
            show(spaces.details(spaceId));
        }
    }

    private void showOpenLinks() {
        openLinks.removeAll();
        for (OpenInvitation open : invitations.openInvitations(spaceId)) {
            Span text = new Span("Link created " + Dates.day(open.createdAt()) + ", valid until "
                    + Dates.day(open.expiresAt()));
            Button revoke = new Button("Withdraw", click -> {
                invitations.revoke(spaceId, open.id());
                link.setVisible(false);
                copy.setVisible(false);
                showOpenLinks();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            Div row = new Div(text, revoke);
            row.addClassName("cg-open-link");
            openLinks.add(row);
        }
    }

    private static String absolute(String path) {
        return ServletUriComponentsBuilder.fromContextPath(VaadinServletRequest.getCurrent().getHttpServletRequest())
                .path("/" + path).toUriString();
    }
}
