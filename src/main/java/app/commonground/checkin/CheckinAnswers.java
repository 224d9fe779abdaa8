package app.commonground.checkin;

import app.commonground.base.PlainText;
import app.commonground.base.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * One partner's answers to a check-in, private until both submitted. Every "…Shared" switch lets the
 * counsellor see that answer once revealed (off unless the author turns it on).
 *
 * @param connection    how connected I felt this week, 1 to 10
 * @param showedUp      how I showed up as a partner, 1 to 10: rating myself, never the other
 * @param ratingsShared whether the counsellor may see the two ratings
 */
public record CheckinAnswers(
        @Min(value = 1, message = "input.checkin.rating.range")
        @Max(value = 10, message = "input.checkin.rating.range")
        Integer connection,

        @Min(value = 1, message = "input.checkin.rating.range")
        @Max(value = 10, message = "input.checkin.rating.range")
        Integer showedUp,

        boolean ratingsShared,

        @Size(max = 5, message = "input.checkin.appreciations.tooMany")
        List<@Valid AppreciationDraft> appreciations,

        @Size(max = 1000, message = "input.tooLong")
        @PlainText
        String newInfo,

        boolean newInfoShared,

        @Size(max = 1000, message = "input.tooLong")
        @PlainText
        String puzzled,

        boolean puzzledShared,

        @Size(max = 1000, message = "input.tooLong")
        @PlainText
        String heavy,

        boolean heavyShared,

        @Size(max = 1000, message = "input.tooLong")
        @PlainText
        String wish,

        boolean wishShared) {

    /** Nothing answered yet. */
    public static CheckinAnswers none() {
        return new CheckinAnswers(null, null, false, List.of(), null, false, null, false, null, false, null, false);
    }

    public CheckinAnswers {
        appreciations = appreciations == null ? List.of() : List.copyOf(appreciations);
    }

    CheckinAnswers normalized() {
        return new CheckinAnswers(connection, showedUp, ratingsShared,
                appreciations.stream().map(AppreciationDraft::normalized).toList(), Text.orNull(newInfo), newInfoShared,
                Text.orNull(puzzled), puzzledShared, Text.orNull(heavy), heavyShared, Text.orNull(wish), wishShared);
    }
}
