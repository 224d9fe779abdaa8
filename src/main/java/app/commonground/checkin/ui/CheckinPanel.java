package app.commonground.checkin.ui;

import app.commonground.base.InvalidInputException;
import app.commonground.base.live.SpaceModel;
import app.commonground.base.ui.Dates;
import app.commonground.base.ui.FieldErrors;
import app.commonground.base.ui.InPlace;
import app.commonground.base.ui.LiveScreen;
import app.commonground.base.ui.Refusals;
import app.commonground.base.ui.Texts;
import app.commonground.base.ui.TimeOfDay;
import app.commonground.board.Board;
import app.commonground.board.BoardProjection;
import app.commonground.board.ItemView;
import app.commonground.board.Presence;
import app.commonground.board.PresenceProjection;
import app.commonground.checkin.CheckinProjection;
import app.commonground.checkin.CheckinService;
import app.commonground.checkin.CheckinStepException;
import app.commonground.checkin.CheckinViews.CheckinPage;
import app.commonground.checkin.CheckinViews.CheckinView;
import app.commonground.checkin.CheckinViews.RhythmView;
import app.commonground.checkin.Checkins;
import app.commonground.checkin.LinkKind;
import app.commonground.checkin.RhythmProposal;
import app.commonground.responsibility.Responsibilities;
import app.commonground.responsibility.ResponsibilityProjection;
import app.commonground.responsibility.ResponsibilityView;
import app.commonground.space.MembershipStatus;
import app.commonground.space.SpaceMembers;
import app.commonground.space.SpaceRole;
import app.commonground.space.Viewer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.commonground.base.ui.Pieces.row;
import static app.commonground.base.ui.Texts.t;

/**
 * The space's check-in: the rhythm the couple agreed, the next date, "Start this week's check-in", and the
 * latest check-in, projected from the space's live model. The viewer's own answers before the reveal are not in
 * the model: the check-in holds them, read when the viewer opens it and kept from the answers to their steps.
 */
public class CheckinPanel extends Composite<Div> implements LiveScreen.Section {

    /** Told when the viewer starts writing their answers (the check-in's id) and when they stop. */
    public interface Writing {
        void writing(UUID checkinId);

        void stopped();
    }

    private final CheckinService service;
    private final Clock clock;
    private final Writing writing;
    private final Div rhythmCard = new Div();
    private final Paragraph rhythmText = new Paragraph();
    private final H3 rhythmTitle = Texts.text(new H3(), "checkin.rhythm.title");
    private final Select<DayOfWeek> day = Texts.label(new Select<>(), "checkin.rhythm.day");
    private final ComboBox<String> time = Texts.label(TimeOfDay.field(), "checkin.rhythm.time");
    private final Select<Integer> every = Texts.label(new Select<>(), "checkin.rhythm.every");
    private final Button propose = Texts.text(new Button(), "checkin.rhythm.propose");
    private final Button accept = Texts.text(new Button(), "checkin.rhythm.accept");
    private final Button change = Texts.text(new Button(), "checkin.rhythm.change");
    private final Button cancel = Texts.text(new Button(), "checkin.rhythm.cancel");
    private final Div rhythmAnswer = row();
    private final Div rhythmForm = row();
    private final Div startCard = new Div();
    private final Button start = Texts.text(new Button(), "checkin.start");
    private final Paragraph startNote = Texts.text(new Paragraph(), "checkin.start.about");
    private final CheckinDetail detail;
    private final MyRatingsChart chart;
    private SpaceModel shown;
    private Viewer viewer;
    private boolean changingRhythm;

    public CheckinPanel(CheckinService service, LiveScreen screen, Clock clock, Writing writing) {
        screen.add(this);
        this.service = service;
        this.clock = clock;
        this.writing = writing;
        this.detail = new CheckinDetail(service, this::refresh, writing);
        this.chart = new MyRatingsChart(service);
        day.setItems(DayOfWeek.values());
        Texts.bind(day, "items", () -> "", unused -> day.setItemLabelGenerator(
                d -> d.getDisplayName(TextStyle.FULL, Dates.locale())));
        day.setValue(DayOfWeek.SUNDAY);
        day.setId("checkin-day");
        time.setValue("19:00");
        time.setId("checkin-time");
        every.setItems(1, 2);
        Texts.bind(every, "items", () -> "", unused -> every.setItemLabelGenerator(
                weeks -> t(weeks == 1 ? "checkin.rhythm.everyWeek" : "checkin.rhythm.everyOtherWeek")));
        every.setValue(1);
        propose.setId("checkin-propose-rhythm");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.addClickListener(click -> act(() -> {
            service.proposeRhythm(shown.spaceId(), new RhythmProposal(day.getValue(), typedTime(), every.getValue()));
            changingRhythm = false;
        }));
        accept.setId("checkin-accept-rhythm");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(click -> act(() -> service.acceptRhythm(shown.spaceId())));
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        change.addClickListener(click -> {
            RhythmView now = CheckinProjection.page(shown.get(Checkins.class), shown.get(SpaceMembers.class), viewer,
                    LocalDate.ofInstant(clock.instant(), Dates.zone()), null).rhythm();
            if (now != null) {
                day.setValue(now.day());
                time.setValue(TimeOfDay.show(now.time()));
                every.setValue(now.everyWeeks());
            }
            changingRhythm = true;
            refresh();
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(click -> {
            changingRhythm = false;
            refresh();
        });
        rhythmText.setId("checkin-rhythm");
        rhythmCard.addClassNames("cg-panel", "cg-checkin-rhythm");
        start.setId("checkin-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> act(() -> detail.open(service.start(shown.spaceId()), shown.spaceId(), true)));
        startNote.addClassName("cg-note");
        startCard.addClassName("cg-checkin-start");
        getContent().addClassName("cg-checkins");
        getContent().add(rhythmCard, startCard, detail, chart);
    }

    @Override
    public void show(SpaceModel model, UUID viewerId) {
        if (model.sameParts(shown, Checkins.class, SpaceMembers.class, Presence.class, Board.class,
                Responsibilities.class)) {
            return;
        }
        model.get(SpaceMembers.class).viewer(viewerId).ifPresent(who -> {
            shown = model;
            viewer = who;
            refresh();
        });
    }

    @Override
    public void newDay() {
        refresh();
    }

    private void refresh() {
        if (shown == null) {
            return;
        }
        SpaceMembers members = shown.get(SpaceMembers.class);
        LocalDate today = LocalDate.ofInstant(clock.instant(), Dates.zone());
        CheckinPage page = CheckinProjection.page(shown.get(Checkins.class), members, viewer, today, detail.held());
        showRhythm(page);
        showStart(page);
        chart.setVisible(viewer.isPartner());
        chart.follow(shown.spaceId());
        CheckinView current = page.current();
        detail.setVisible(current != null);
        if (current != null) {
            detail.show(shown.spaceId(), current, othersWriting(current), links(members), counsellor(members));
        }
    }

    private void showRhythm(CheckinPage page) {
        RhythmView rhythm = page.rhythm();
        List<Component> parts = new ArrayList<>(List.of(rhythmTitle));
        boolean partner = viewer.isPartner();
        LocalDate next = page.next();
        Texts.text(rhythmText, () -> rhythm == null
                ? t(partner ? "checkin.rhythm.about" : "checkin.rhythm.notChosen")
                : rhythm.agreed() ? (next == null ? RhythmText.alone(rhythm)
                : t("checkin.rhythm.next", RhythmText.alone(rhythm), Dates.day(next)))
                : rhythm.proposedByViewer() ? t("checkin.rhythm.proposedByYou", RhythmText.of(rhythm))
                : t("checkin.rhythm.proposedBy", rhythm.proposedByName(), RhythmText.of(rhythm)));
        parts.add(rhythmText);
        if (partner && rhythm != null && rhythm.waitingForViewer() && !changingRhythm) {
            InPlace.children(rhythmAnswer, accept, change);
            parts.add(rhythmAnswer);
        } else if (partner && (rhythm == null || changingRhythm)) {
            InPlace.children(rhythmForm, rhythm == null ? List.of(day, time, every, propose)
                    : List.of(day, time, every, propose, cancel));
            parts.add(rhythmForm);
        } else if (partner) {
            InPlace.children(rhythmAnswer, change);
            parts.add(rhythmAnswer);
        }
        InPlace.children(rhythmCard, parts);
    }

    private void showStart(CheckinPage page) {
        startCard.setVisible(page.canStart());
        if (page.canStart()) {
            InPlace.children(startCard, start, startNote);
        }
    }

    /** Who else is writing their answers to this check-in now: for the other partner only, never the counsellor. */
    private List<String> othersWriting(CheckinView current) {
        if (!viewer.isPartner()) {
            return List.of();
        }
        return PresenceProjection.of(shown.get(Presence.class), shown.get(SpaceMembers.class)).editing().stream()
                .filter(marker -> current.id().equals(marker.itemId()) && !marker.accountId().equals(viewer.accountId()))
                .map(marker -> marker.name()).distinct().toList();
    }

    /** The counsellor observing the space now, if any. */
    private static String counsellor(SpaceMembers members) {
        return members.people().stream().filter(person -> person.role() == SpaceRole.COUNSELLOR
                && person.status() == MembershipStatus.ACTIVE).map(SpaceMembers.Person::name).findFirst().orElse(null);
    }

    /** What an appreciation may be about: the goals, hobbies and responsibilities the viewer sees, by id. */
    private Map<UUID, CheckinDetail.Link> links(SpaceMembers members) {
        Map<UUID, CheckinDetail.Link> links = new LinkedHashMap<>();
        for (var column : BoardProjection.of(shown.get(Board.class), members, viewer).columns()) {
            for (ItemView item : column.items()) {
                links.put(item.id(), new CheckinDetail.Link(LinkKind.ITEM, item.title()));
            }
        }
        for (ResponsibilityView duty : ResponsibilityProjection.of(shown.get(Responsibilities.class), members, viewer)
                .items()) {
            links.put(duty.id(), new CheckinDetail.Link(LinkKind.RESPONSIBILITY, duty.title()));
        }
        return links;
    }

    /** The time typed or picked; none if the field is empty (the service asks for one). */
    private LocalTime typedTime() {
        if (time.getValue() == null || time.getValue().isBlank()) {
            return null;
        }
        return TimeOfDay.read(time.getValue()).orElseThrow(() -> InvalidInputException.of("time", TimeOfDay.NOT_A_TIME));
    }

    private void act(Runnable action) {
        Map<String, HasValidation> fields = Map.of("day", day, "time", time, "everyWeeks", every);
        FieldErrors.clear(fields);
        try {
            action.run();
            refresh();
        } catch (InvalidInputException refused) {
            FieldErrors.showAll(refused, fields);
        } catch (CheckinStepException refused) {
            Notification.show(Refusals.say(refused), 5000, Notification.Position.BOTTOM_CENTER);
            refresh();
        }
    }
}
