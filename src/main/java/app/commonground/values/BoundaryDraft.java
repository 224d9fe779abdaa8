package app.commonground.values;

import app.commonground.base.PlainText;
import app.commonground.base.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A boundary as its author writes it: about what they will do ("If …, I will …"), never a rule for the partner.
 *
 * @param sharedWithCounsellor whether the counsellor may see it once published
 * @param reviewDate           when to look at it again, if ever
 */
public record BoundaryDraft(
        @NotNull(message = "Choose what it protects")
        BoundaryKind kind,

        @NotBlank(message = "Say what you will do, in your own words")
        @Size(max = 500, message = "Please keep a boundary to 500 characters")
        @PlainText
        String text,

        boolean sharedWithCounsellor,

        LocalDate reviewDate) {

    BoundaryDraft normalized() {
        return new BoundaryDraft(kind, Text.strip(text), sharedWithCounsellor, reviewDate);
    }
}
