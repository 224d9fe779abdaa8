package app.commonground.negotiation.ui;

import app.commonground.base.ui.InPlace;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NegotiationViews.Detail;
import app.commonground.negotiation.NegotiationViews.MyDraft;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One negotiation, step by step: the {@link TurnBanner} above the parts of the step it is at, each made the first
 * time it is shown. The parts' input fields, buttons and cards live as long as the negotiation is shown, and a
 * refresh pushed by the other partner updates the page around them in place ({@link InPlace}): what this person
 * is typing, an open rating list and a button under their finger stay put.
 */
class NegotiationDetail extends Composite<Div> {

    final Later<DraftCircle> draft;
    final Later<PositionCards> positions;
    final Later<MirrorCards> mirrors;
    final Later<OptionsPanel> options;
    final Later<OutcomeCard> outcome;

    private final TurnBanner banner = new TurnBanner();
    private final Div body = new Div();
    private UUID id;
    private MyDraft mine;

    NegotiationDetail(NegotiationService service, Runnable changed) {
        StepClicks clicks = new StepClicks(service, this::hold, changed);
        draft = new Later<>(() -> new DraftCircle(clicks));
        positions = new Later<>(() -> new PositionCards(clicks));
        mirrors = new Later<>(() -> new MirrorCards(clicks));
        options = new Later<>(() -> new OptionsPanel(clicks));
        outcome = new Later<>(() -> new OutcomeCard(clicks));
        body.addClassName("cg-negotiation-body");
        getContent().addClassName("cg-negotiation");
        getContent().add(banner, body);
    }

    /**
     * Takes what the service read for the viewer on opening a negotiation, or answered to their step: the
     * viewer's own draft, which the screen holds since the model has no drafts. Opening another negotiation
     * clears what was typed for the one before.
     */
    void hold(Detail read) {
        if (!read.id().equals(id)) {
            id = read.id();
            Stream.of(draft, positions, mirrors, options, outcome).forEach(Later::forget);
        }
        if (read.myDraft() != null) {
            mine = read.myDraft();
        }
    }

    /** The viewer's own draft as this screen holds it, if any. */
    MyDraft held() {
        return mine;
    }

    /** Shows the negotiation as the viewer sees it, updating the page around what they are typing. */
    void show(UUID spaceId, Detail detail) {
        banner.show(detail);
        List<Component> blocks = new ArrayList<>();
        switch (detail.step()) {
            case DRAFT -> blocks.add(draft.get().show(detail));
            case MIRROR -> {
                blocks.add(positions.get().show(detail));
                blocks.addAll(mirrors.get().show(detail));
            }
            case OPTIONS -> {
                blocks.add(positions.get().show(detail));
                blocks.add(options.get().show(detail));
                if (detail.outcome() != null) {
                    blocks.add(outcome.get().show(spaceId, detail));
                }
            }
            case AGREED -> {
                blocks.add(outcome.get().show(spaceId, detail));
                blocks.add(options.get().show(detail));
                blocks.add(positions.get().show(detail));
            }
        }
        InPlace.children(body, blocks);
    }

    /** A part of the page, made the first time its step is shown: a screen pays only for the steps it shows. */
    static final class Later<T extends StepPart> implements Supplier<T> {

        private final Supplier<T> make;
        private T made;

        private Later(Supplier<T> make) {
            this.make = make;
        }

        @Override
        public T get() {
            if (made == null) {
                made = make.get();
            }
            return made;
        }

        private void forget() {
            if (made != null) {
                made.forget();
            }
        }
    }
}
