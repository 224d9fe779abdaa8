package app.commonground.counselling.ui;

import app.commonground.base.GoneException;
import app.commonground.base.InvalidInputException;
import app.commonground.base.SameMomentException;
import app.commonground.base.live.SpaceModel;
import app.commonground.base.ui.CharacterLimit;
import app.commonground.base.ui.DateFields;
import app.commonground.base.ui.Dates;
import app.commonground.base.ui.FieldErrors;
import app.commonground.base.ui.InPlace;
import app.commonground.base.ui.LiveScreen;
import app.commonground.base.ui.Refusals;
import app.commonground.base.ui.Texts;
import app.commonground.base.ui.TimeOfDay;
import app.commonground.counselling.CounsellingStepException;
import app.commonground.counselling.CounsellingViews.NextSessionView;
import app.commonground.counselling.CounsellingViews.TimeRequest;
import app.commonground.counselling.NextSession;
import app.commonground.counselling.NextSessionProjection;
import app.commonground.counselling.NextSessionService;
import app.commonground.counselling.SessionTime;
import app.commonground.space.SpaceMembers;
import app.commonground.space.Viewer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static app.commonground.base.ui.Pieces.note;
import static app.commonground.base.ui.Pieces.row;
import static app.commonground.base.ui.Texts.t;

/**
 * The next session, in the Sessions section: when it is (in the viewer's time zone) and the partners' requests for
 * another time. The counsellor plans it in their own time zone, plans another time, cancels it, and once its time
 * has come records it as held; a partner asks for another time. Follows the space's model, so every step shows on
 * every open screen at once.
 */
class NextSessionCard extends Composite<Div> implements LiveScreen.Section {

    final DatePicker day = DateFields.create("counselling.next.day");
    final ComboBox<String> time = Texts.label(TimeOfDay.field(), "counselling.next.time");
    final Button plan = Texts.text(new Button(), "counselling.next.plan");
    final Button cancel = Texts.text(new Button(), "counselling.next.cancel");
    final Button held = Texts.text(new Button(), "counselling.next.held");
    final TextArea askWords = Texts.label(new TextArea(), "counselling.next.ask.label");
    final Button ask = new Button();

    private final NextSessionService service;
    private final LiveScreen screen;
    private final Clock clock;
    private final Runnable recorded;
    private final Paragraph when = new Paragraph();
    private final UnorderedList requests = new UnorderedList();
    private SpaceModel shown;
    private UUID viewerId;
    private Registration timeComes;

    NextSessionCard(NextSessionService service, LiveScreen screen, Clock clock, Runnable recorded) {
        this.service = service;
        this.screen = screen;
        this.clock = clock;
        this.recorded = recorded;
        day.setId("next-session-day");
        time.setId("next-session-time");
        time.setPlaceholder("18:00");
        plan.setId("next-session-plan");
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        plan.addClickListener(click -> {
            if (!DateFields.unreadable(day)) {
                act(() -> service.plan(shown.spaceId(), new SessionTime(day.getValue(), time.getValue(), Dates.zone())),
                        Map.of("day", day, "time", time));
            }
        });
        cancel.setId("next-session-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(click -> act(() -> service.cancel(shown.spaceId()), Map.of()));
        held.setId("next-session-held");
        held.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        held.addClickListener(click -> act(() -> {
            service.recordAsHeld(shown.spaceId());
            recorded.run();
        }, Map.of()));
        askWords.setId("next-session-ask-words");
        askWords.setWidthFull();
        CharacterLimit.on(askWords, 500);
        ask.setId("next-session-ask");
        ask.addClickListener(click -> act(() -> {
            service.askForAnotherTime(shown.spaceId(), askWords.getValue());
            askWords.clear();
        }, Map.of("words", askWords)));
        when.setId("next-session-when");
        requests.setId("next-session-requests");
        getContent().addClassNames("cg-panel", "cg-values-card");
        getContent().setId("next-session-card");
    }

    @Override
    public void show(SpaceModel model, UUID viewer) {
        if (model.sameParts(shown, NextSession.class, SpaceMembers.class)) {
            return;
        }
        shown = model;
        viewerId = viewer;
        refresh();
    }

    private void refresh() {
        SpaceMembers members = shown.get(SpaceMembers.class);
        Optional<Viewer> viewer = members.viewer(viewerId);
        if (viewer.isEmpty()) {
            return;
        }
        Optional<NextSessionView> next = NextSessionProjection.of(shown.get(NextSession.class), members, viewer.get());
        List<Component> parts = new ArrayList<>(List.of(Texts.text(new H3(), "counselling.next.title")));
        boolean partner = viewer.get().isPartner();
        next.ifPresentOrElse(planned -> {
            Texts.text(when, () -> planned.mine()
                    ? t("counselling.next.when.mine", Dates.dayAndTime(planned.startsAt()))
                    : t("counselling.next.when.with", planned.counsellorName(), Dates.dayAndTime(planned.startsAt())));
            parts.add(when);
            showRequests(planned, parts);
        }, () -> parts.add(Texts.text(note(""),
                partner ? "counselling.next.none.partner" : "counselling.next.none.counsellor")));
        if (partner) {
            next.ifPresent(planned -> askForAnotherTime(planned, members, parts));
        } else {
            planOrChange(next, parts);
        }
        InPlace.children(getContent(), parts);
    }

    private void showRequests(NextSessionView planned, List<Component> parts) {
        if (planned.requests().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        requests.removeAll();
        for (TimeRequest request : planned.requests()) {
            requests.add(Texts.text(new ListItem(), () -> t("counselling.next.request",
                    request.byViewer() ? "you" : "other", request.partnerName(), Dates.ago(request.askedAt(), now),
                    request.words())));
        }
        parts.add(requests);
    }

    private void askForAnotherTime(NextSessionView planned, SpaceMembers members, List<Component> parts) {
        Optional<String> other = members.partners().stream().filter(p -> !p.accountId().equals(viewerId))
                .map(SpaceMembers.Person::name).findFirst();
        Texts.helper(askWords, "counselling.next.ask.helper", planned.counsellorName(),
                other.isPresent() ? "other" : "none", other.orElse(""));
        if (planned.askedByViewer()) {
            Texts.text(ask, "counselling.next.ask.change");
        } else {
            Texts.text(ask, "counselling.next.ask.sendTo", planned.counsellorName());
        }
        parts.add(askWords);
        parts.add(row(ask));
    }

    private void planOrChange(Optional<NextSessionView> next, List<Component> parts) {
        Texts.text(plan, next.isPresent() ? "counselling.next.planAnother" : "counselling.next.plan");
        List<Component> buttons = new ArrayList<>(List.of(plan));
        next.ifPresent(planned -> buttons.add(cancel));
        if (timeComes != null) {
            timeComes.remove();
            timeComes = null;
        }
        next.filter(planned -> day.isEmpty()).ifPresent(planned -> {
            ZonedDateTime where = planned.startsAt().atZone(Dates.zone());
            day.setValue(where.toLocalDate());
            time.setValue(TimeOfDay.show(where.toLocalTime()));
        });
        next.filter(NextSessionView::mine).ifPresent(planned -> {
            Duration untilThen = Duration.between(clock.instant(), planned.startsAt());
            if (untilThen.isNegative() || untilThen.isZero()) {
                buttons.addFirst(held);
            } else {
                timeComes = screen.after(untilThen, this::refresh);
            }
        });
        parts.add(row(day, time));
        parts.add(Texts.text(note(""), "counselling.next.zone", Dates.zone().getId()));
        parts.add(row(buttons.toArray(Component[]::new)));
    }

    private void act(Runnable step, Map<String, ? extends HasValidation> fields) {
        FieldErrors.clear(fields);
        try {
            step.run();
        } catch (InvalidInputException refused) {
            FieldErrors.showAll(refused, fields);
        } catch (GoneException ended) {
            Notification.show(t("counselling.accessEnded.notSaved"), 5000, Notification.Position.BOTTOM_CENTER);
        } catch (CounsellingStepException | SameMomentException refused) {
            Notification.show(Refusals.say(refused), 5000, Notification.Position.BOTTOM_CENTER);
        }
    }
}
