package app.commonground.values.ui;

import app.commonground.base.ui.Pieces;
import app.commonground.base.ui.InPlace;
import app.commonground.base.ui.Texts;
import app.commonground.values.CoreValues;
import app.commonground.values.ValuesService;
import app.commonground.values.ValuesViews.MyPick;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The viewer's own core values while they choose them, privately: up to five in order, whether the counsellor may
 * see the list once revealed, "Save" and "I'm ready". Its parts sit in the core values card.
 */
class ValuePicks {

    final List<ComboBox<String>> fields = IntStream.rangeClosed(1, CoreValues.MAX_PICKS)
            .mapToObj(i -> new ComboBox<String>(i + ".")).toList();
    final Checkbox shared = Texts.label(new Checkbox(), "values.picks.shared");

    private final Div row = Pieces.row();
    private final Div buttons = Pieces.row();

    /** @param picked takes the viewer's pick as saved */
    ValuePicks(ValuesService service, Steps steps, Consumer<MyPick> picked) {
        for (int i = 0; i < fields.size(); i++) {
            ComboBox<String> field = fields.get(i);
            ValuesParts.catalogue(field);
            field.setClearButtonVisible(true);
            Texts.placeholder(field, "values.picks.placeholder");
            field.setId("values-pick-" + (i + 1));
        }
        Button save = Texts.text(new Button("", click -> steps.run(() -> picked.accept(service.chooseValues(
                steps.spaceId(), chosen(), shared.getValue())), Map.of("values", fields.getFirst()))),
                "values.picks.save");
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button ready = Texts.text(new Button("", click -> steps.run(() -> {
            service.chooseValues(steps.spaceId(), chosen(), shared.getValue());
            picked.accept(service.valuesReady(steps.spaceId(), true));
        }, Map.of("values", fields.getFirst()))), "values.picks.ready");
        ready.setId("values-ready");
        ready.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        InPlace.children(row, fields);
        InPlace.children(buttons, save, ready);
    }

    /** Puts the viewer's pick as saved in the fields. */
    void fill(MyPick pick) {
        for (int i = 0; i < fields.size(); i++) {
            fields.get(i).setValue(i < pick.values().size() ? pick.values().get(i) : null);
        }
        shared.setValue(pick.sharedWithCounsellor());
    }

    List<Component> parts() {
        return List.of(row, shared, buttons);
    }

    private List<String> chosen() {
        return fields.stream().map(ComboBox::getValue).filter(Objects::nonNull).toList();
    }
}
