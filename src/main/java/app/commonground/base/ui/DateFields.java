package app.commonground.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.ValueContext;

import java.util.Locale;

/**
 * Calendar dates a person picks or types. A typed text that is no date (31/02/2027, "soon") reads as "no
 * date" on the server, so a form asks {@link #unreadable} before it saves and points at the field instead.
 */
public final class DateFields {

    static final String UNREADABLE = "That isn't a date: pick one, or type it like 31/12/2027";

    private DateFields() {
    }

    public static DatePicker create(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(Locale.UK);
        picker.setI18n(new DatePicker.DatePickerI18n().setBadInputErrorMessage(UNREADABLE));
        return picker;
    }

    /** Whether the field holds typed text that is no date; if so, it says so next to the field. */
    public static boolean unreadable(DatePicker picker) {
        if (picker.getDefaultValidator().apply(picker.getValue(), new ValueContext(picker)).isError()) {
            picker.setErrorMessage(UNREADABLE);
            picker.setInvalid(true);
            return true;
        }
        picker.setInvalid(false);
        return false;
    }
}
