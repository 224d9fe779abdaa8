package app.commonground.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.ValueContext;

import java.text.DateFormatSymbols;
import java.time.temporal.WeekFields;
import java.util.List;
import java.util.Locale;

/**
 * Calendar dates a person picks or types. A typed text that is no date (31/02/2027, "soon") reads as "no
 * date" on the server, so a form asks {@link #unreadable} before it saves and points at the field instead.
 */
public final class DateFields {

    private DateFields() {
    }

    /**
     * A date field labelled with the message {@code labelKey}: it shows and reads dates the way the viewer writes them,
     * and its calendar names the months and days in their language and starts the week on their first day.
     */
    public static DatePicker create(String labelKey) {
        DatePicker picker = Texts.label(new DatePicker(), labelKey);
        Texts.bind(picker, "locale", DateFields::unreadable, unreadable -> {
            Locale locale = Dates.locale();
            DateFormatSymbols names = DateFormatSymbols.getInstance(locale);
            picker.setLocale(locale);
            picker.setI18n(new DatePicker.DatePickerI18n().setBadInputErrorMessage(unreadable)
                    .setMonthNames(List.of(names.getMonths()).subList(0, 12))
                    .setWeekdays(List.of(names.getWeekdays()).subList(1, 8))
                    .setWeekdaysShort(List.of(names.getShortWeekdays()).subList(1, 8))
                    .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                    .setToday(Texts.t("date.today")).setCancel(Texts.t("date.cancel")));
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
