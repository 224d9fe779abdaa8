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

    /** A date field labelled with the message {@code labelKey}: it shows and reads dates the way the viewer writes them. */
    public static DatePicker create(String labelKey) {
        DatePicker picker = Texts.label(new DatePicker(), labelKey);
        Texts.bind(picker, "locale", DateFields::unreadable, unreadable -> {
            picker.setLocale(Dates.locale());
            picker.setI18n(new DatePicker.DatePickerI18n().setBadInputErrorMessage(unreadable));
        });
        return picker;
    }

    static String unreadable() {
        return Texts.t("date.unreadable", Dates.typedExample());
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
