package app.commonground.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * On a phone the back gesture, and everywhere the browser's back button, closes the open dialog instead of leaving
 * the page under it, as an installed app does. While a dialog is open it has an entry of its own in the browser's
 * history, with the dialog's own address if it has one (a reload then opens it again); closing it any other way
 * takes that entry out again. The browser's half is {@code back-gesture.js}, inlined into every page.
 */
public final class BackGesture {

    /** Where the page is while a dialog is open, and where it is once it is shut (addresses as {@link SpaceLinks}). */
    public record Address(String open, String closed) {
    }

    private BackGesture() {
    }

    /** The back gesture closes this dialog; the address stays as it is. */
    public static void closes(Dialog dialog) {
        closes(dialog, Optional::empty);
    }

    /** The back gesture closes this dialog; while open, the address says what it shows. */
    public static void closes(Dialog dialog, Supplier<Optional<Address>> address) {
        follow(dialog, dialog::close, address, listener -> dialog.addOpenedChangeListener(
                event -> listener.accept(event.isOpened())));
    }

    /** The back gesture closes this confirmation as "cancel" does. */
    public static void closes(ConfirmDialog dialog) {
        follow(dialog, dialog::close, Optional::empty, listener -> dialog.addOpenedChangeListener(
                event -> listener.accept(event.isOpened())));
    }

    private static void follow(Component dialog, Runnable close, Supplier<Optional<Address>> address,
                               Consumer<Consumer<Boolean>> openedChanges) {
        String[] token = {null};
        dialog.getElement().addEventListener("back-gesture", event -> close.run());
        openedChanges.accept(opened -> {
            if (opened) {
                token[0] = UUID.randomUUID().toString();
                Optional<Address> where = address.get();
                dialog.getElement().executeJs("window.commonGround.dialogOpened(this, $0, $1, $2)", token[0],
                        where.map(Address::open).orElse(null), where.map(Address::closed).orElse(null));
            } else if (token[0] != null) {
                String closed = token[0];
                token[0] = null;
                UI ui = UI.getCurrent();
                String where = ui.getInternals().getActiveViewLocation().getPathWithQueryParameters();
                // once the answer is ready: a page that moved on (leaving a space) keeps the step; the dialog may be
                // leaving the page as it closes, so the page, not the dialog, runs this
                ui.beforeClientResponse(ui, context -> {
                    if (where.equals(ui.getInternals().getActiveViewLocation().getPathWithQueryParameters())) {
                        ui.getPage().executeJs("window.commonGround.dialogClosed($0)", closed);
                    }
                });
            }
        });
    }
}
