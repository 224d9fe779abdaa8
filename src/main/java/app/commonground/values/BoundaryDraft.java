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
        @NotNull(message = "input.boundary.protects.required")
        BoundaryKind kind,

        @NotBlank(message = "input.boundary.words.required")
        @Size(max = 500, message = "input.boundary.words.tooLong")
        @PlainText
        String text,

        boolean sharedWithCounsellor,

        LocalDate reviewDate) {

    BoundaryDraft normalized() {
        return new BoundaryDraft(kind, Text.strip(text), sharedWithCounsellor, reviewDate);
    }
}
