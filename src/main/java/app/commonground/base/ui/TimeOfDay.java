package app.commonground.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A time of day to pick (every half hour) or type, 24-hour, taken as typed: a browser's time picker reads "25:99"
 * as 02:39, and a time that is not one must be refused, not become another.
 */
public final class TimeOfDay {

    /** What a field says of a time that is not one. */
    public static final String NOT_A_TIME = "input.time.invalid";

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("H:mm");

    private TimeOfDay() {
    }

    /** A field for a time of day, every half hour to pick; its label is the caller's ({@code Texts.label}). */
    public static ComboBox<String> field() {
        ComboBox<String> field = new ComboBox<>(null, IntStream.range(0, 48)
                .mapToObj(halfHour -> show(LocalTime.of(halfHour / 2, halfHour % 2 * 30))).toList());
        field.setAllowCustomValue(true);
        field.addCustomValueSetListener(typed -> field.setValue(typed.getDetail().strip()));
        field.setPlaceholder("22:00");
        return field;
    }

    public static String show(LocalTime time) {
        return SHOWN.format(time);
    }

    /** The time typed or picked, if it is one ("7:30", "19:00"); none for anything else ("25:99", "soon"). */
    public static Optional<LocalTime> read(String typed) {
        try {
            return typed == null ? Optional.empty() : Optional.of(LocalTime.parse(typed.strip(), TYPED));
        } catch (DateTimeParseException notATime) {
            return Optional.empty();
        }
    }
}
