package app.commonground.space.ui;

import app.commonground.base.live.LiveSpaces;
import app.commonground.base.live.SpaceModel;
import app.commonground.base.ui.Dates;
import app.commonground.base.ui.LiveScreen;
import app.commonground.base.ui.InAppLink;
import app.commonground.base.ui.Texts;
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
import com.vaadin.flow.router.HasDynamicTitle;
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
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.UUID;

import static app.commonground.base.ui.Texts.t;

/** A space's members and, for partners, the link that invites the second partner. */
@Route("spaces/:" + SpaceRoutes.SPACE_ID + "/settings")
@PermitAll
public class SpaceSettingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle,
        LiveScreen.Section {

    final MemberList members = new MemberList();
    final Div invitation = new Div();
    final Button createLink = Texts.text(new Button(VaadinIcon.LINK.create()), "space.settings.invite.create");
    final TextField link = Texts.label(new TextField(), "space.settings.invite.link");
    final Button copy = Texts.text(new Button(VaadinIcon.COPY_O.create()), "space.settings.invite.copy");
    final Div openLinks = new Div();
    final Div counsellors = new Div();
    final Button inviteCounsellor = Texts.text(new Button(VaadinIcon.LINK.create()),
            "space.settings.counsellor.create");
    final TextField counsellorLink = Texts.label(new TextField(), "space.settings.counsellor.link");

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
            Texts.bind(counsellorLink, "helper", () -> t("space.settings.counsellor.link.helper",
                    Dates.day(created.expiresAt())), counsellorLink::setHelperText);
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
            Texts.text(copy, "space.settings.invite.copied");
        });
        createLink.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        createLink.addClickListener(click -> createInvitation());
        Div memberPanel = new Div(Texts.text(new H2(), "space.settings.members"), members);
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
        Texts.text(title, "space.settings.title", details.name());
        Texts.text(back, "space.settings.back", details.name());
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
        record.add(Texts.text(new H2(), "space.settings.record.title"));
        if (history.isEmpty()) {
            record.add(Texts.text(new Paragraph(), "space.settings.record.none"));
        }
        UnorderedList steps = new UnorderedList();
        history.forEach(step -> steps.add(Texts.text(new ListItem(),
                () -> t("space.settings.record.step", Dates.day(step.at()), MemberText.consentStep(step)))));
        steps.setId("consent-history");
        record.add(steps);
        if (!visits.isEmpty()) {
            UnorderedList seen = new UnorderedList();
            visits.forEach(visit -> seen.add(Texts.text(new ListItem(), () -> switch (visit.what()) {
                case SPACE -> t("space.settings.visit.space", visit.counsellorName(), Dates.day(visit.at()));
                case SUMMARY -> t("space.settings.visit.summary", visit.counsellorName(), Dates.day(visit.at()));
            })));
            seen.setId("counsellor-visits");
            record.add(Texts.text(new Paragraph(), "space.settings.record.visits"), seen);
        }
    }

    private void showInvitation(SpaceDetails details) {
        invitation.removeAll();
        invitation.setVisible(details.viewerIsPartner());
        if (!details.awaitingPartner()) {
            invitation.add(Texts.text(new H2(), "space.settings.full.title"),
                    Texts.text(new Paragraph(), "space.settings.full.about"));
            return;
        }
        invitation.add(Texts.text(new H2(), "space.settings.invite.title"),
                Texts.text(new Paragraph(), "space.settings.invite.about"), createLink, link, copy, openLinks);
        showOpenLinks();
    }

    private void showCounsellors(SpaceDetails details) {
        counsellors.removeAll();
        counsellors.setVisible(details.viewerIsPartner());
        counsellors.add(Texts.text(new H2(), "space.settings.counsellor.title"),
                Texts.text(new Paragraph(), "space.settings.counsellor.about"));
        List<Member> all = new ArrayList<>(details.counsellors());
        all.addAll(details.pendingCounsellors());
        Map<UUID, ConsentRequest> requests = all.stream().anyMatch(Member::pending) && details.viewerIsPartner()
                ? consents.requests(spaceId).stream().collect(Collectors.toMap(ConsentRequest::counsellorId, r -> r))
                : Map.of();
        for (Member counsellor : all) {
            ConsentRequest request = requests.get(counsellor.accountId());
            Span who = Texts.text(new Span(), () -> counsellor.pending()
                    ? consentState(counsellor.name(), request, details)
                    : t("space.settings.counsellor.observing", counsellor.name()));
            Button end = Texts.text(new Button("", click -> {
                consents.revoke(spaceId, counsellor.accountId());
                show(spaces.details(spaceId));
            }), counsellor.pending() ? "space.settings.counsellor.withdraw" : "space.settings.counsellor.end");
            end.setId("counsellor-revoke");
            end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            Div row = new Div(who, end);
            row.addClassName("cg-open-link");
            counsellors.add(row);
        }
        counsellors.add(inviteCounsellor, counsellorLink);
    }

    /**
     * "Dr Rivera · You approved, waiting for Sam", "· Sam approved, waiting for you", "· waiting for both of you to
     * approve". A space has two partners at most, so at most one other partner approved or is still to answer.
     */
    private static String consentState(String counsellorName, ConsentRequest request, SpaceDetails details) {
        if (request == null || request.approvedBy().isEmpty()) {
            return details.partners().size() < 2 ? t("space.settings.counsellor.waitingForYou", counsellorName)
                    : t("space.settings.counsellor.waitingForBoth", counsellorName);
        }
        String viewer = details.members().stream().filter(Member::isViewer).map(Member::name).findFirst().orElse("");
        List<String> waiting = details.partners().stream().map(Member::name)
                .filter(name -> !request.approvedBy().contains(name)).toList();
        boolean viewerApproved = request.approvedBy().contains(viewer);
        Optional<String> otherApproved = request.approvedBy().stream().filter(name -> !name.equals(viewer)).findFirst();
        Optional<String> otherWaiting = waiting.stream().filter(name -> !name.equals(viewer)).findFirst();
        return t("space.settings.counsellor.approved", counsellorName,
                viewerApproved ? "you" : "other", otherApproved.orElse(""),
                waiting.contains(viewer) ? "you" : otherWaiting.isPresent() ? "other" : "none",
                otherWaiting.orElse(""));
    }

    private void createInvitation() {
        try {
            InvitationLink created = invitations.invitePartner(spaceId);
            link.setValue(absolute(created.path()));
            Texts.bind(link, "helper", () -> t("space.settings.invite.link.helper", Dates.day(created.expiresAt())),
                    link::setHelperText);
            link.setVisible(true);
            copy.setVisible(true);
            Texts.text(copy, "space.settings.invite.copy");
            Texts.text(createLink, "space.settings.invite.createNew");
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
            Span text = Texts.text(new Span(), () -> t("space.settings.invite.open", Dates.day(open.createdAt()),
                    Dates.day(open.expiresAt())));
            Button revoke = Texts.text(new Button("", click -> {
                invitations.revoke(spaceId, open.id());
                link.setVisible(false);
                copy.setVisible(false);
                showOpenLinks();
            }), "space.settings.invite.withdraw");
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            Div row = new Div(text, revoke);
            row.addClassName("cg-open-link");
            openLinks.add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return t("space.settings.pageTitle");
    }

    private static String absolute(String path) {
        return ServletUriComponentsBuilder.fromContextPath(VaadinServletRequest.getCurrent().getHttpServletRequest())
                .path("/" + path).toUriString();
    }
}
