package app.commonground.checkin;

import app.commonground.base.PlainText;
import app.commonground.base.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * "I appreciated…": one thing, optionally about a goal, hobby or responsibility of the space.
 *
 * @param linkKind what it is about, if anything; {@code linkId} names it
 * @param shared   whether the counsellor may see it once revealed
 */
public record AppreciationDraft(
        @NotBlank(message = "input.checkin.appreciation.empty")
        @Size(max = 500, message = "input.checkin.appreciation.tooLong")
        @PlainText
        String text,

        LinkKind linkKind,

        UUID linkId,

        boolean shared) {

    public AppreciationDraft(String text) {
        this(text, null, null, false);
    }

    AppreciationDraft normalized() {
        return new AppreciationDraft(Text.strip(text), linkId == null ? null : linkKind,
                linkKind == null ? null : linkId, shared);
    }
}
