package app.commonground.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.Objects;

/**
 * How much a text field may hold, said next to it. The browser never cuts what someone typed or pasted: the field
 * keeps it all, counts how much is left once the limit is near ("850 of 1,000 characters") and, past the limit,
 * turns red and says how much is over until it fits. The service refuses an over-long text in any case, with its
 * message next to the same field; this says so before the person presses save.
 */
public final class CharacterLimit {

    /** From which share of the limit on the count is shown. */
    private static final double NEAR = 0.8;

    private final TextFieldBase<?, String> field;
    private final int max;
    /** The field's own help, set by whoever made the field: shown before the count. */
    private String help;
    /** The helper text as this limit last set it, to tell when someone else set the field's own help. */
    private String shownHelp;

    private CharacterLimit(TextFieldBase<?, String> field, int max) {
        this.field = field;
        this.max = max;
    }

    /**
     * Puts a limit of {@code max} characters on {@code field}, counted as the person types. Its own helper text
     * may be set before or after, and is kept.
     */
    public static <F extends TextFieldBase<F, String>> F on(F field, int max) {
        CharacterLimit limit = new CharacterLimit(field, max);
        ComponentUtil.setData(field, CharacterLimit.class, limit);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(changed -> limit.show());
        limit.show();
        return field;
    }

    /**
     * Shows the limit on {@code field} again, if it has one: after a refusal's message was cleared.
     *
     * @return whether the field has a limit (it is invalid now exactly when it is over)
     */
    static boolean showAgain(Object field) {
        if (field instanceof TextFieldBase<?, ?> text
                && ComponentUtil.getData(text, CharacterLimit.class) instanceof CharacterLimit limit) {
            limit.show();
            return true;
        }
        return false;
    }

    private void show() {
        if (!Objects.equals(field.getHelperText(), shownHelp)) {
            help = field.getHelperText();
        }
        int length = field.getValue() == null ? 0 : field.getValue().length();
        String count = Texts.t("limit.count", length, max);
        boolean over = length > max;
        boolean near = length >= max * NEAR;
        field.setInvalid(over);
        field.setErrorMessage(over ? Texts.t("limit.over", length - max, count) : null);
        String shown = near && !over ? (help == null || help.isBlank() ? count : help + " · " + count) : help;
        field.setHelperText(shown);
        shownHelp = shown;
    }
}
