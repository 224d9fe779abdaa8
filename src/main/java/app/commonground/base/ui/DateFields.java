package app.commonground.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.ValueContext;


/**
 * Calendar dates a person picks or types. A typed text that is no date (31/02/2027, "soon") reads as "no
 * date" on the server, so a form asks {@link #unreadable} before it saves and points at the field instead.
 */
public final class DateFields {

    private DateFields() {
    }

    /** A date field in the viewer's language: it shows and reads dates the way they write them. */
    public static DatePicker create(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(Dates.locale());
        picker.setI18n(new DatePicker.DatePickerI18n().setBadInputErrorMessage(unreadable()));
        return picker;
    }

    static String unreadable() {
        return "That isn't a date: pick one, or type it like " + Dates.typedExample();
    }

    /** Whether the field holds typed text that is no date; if so, it says so next to the field. */
    public static boolean unreadable(DatePicker picker) {
        if (picker.getDefaultValidator().apply(picker.getValue(), new ValueContext(picker)).isError()) {
            picker.setErrorMessage(unreadable());
            picker.setInvalid(true);
            return true;
        }
        picker.setInvalid(false);
        return false;
    }
}
