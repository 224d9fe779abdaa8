package app.commonground.values;

import app.commonground.base.PlainText;
import app.commonground.base.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A value the couple want to share, as one of them proposes it.
 *
 * @param meaning what it means for the two of them, in a sentence
 * @param goalIds shared goals on the board it shows in, if any
 */
public record SharedValueDraft(
        @NotBlank(message = "Name the value")
        @Size(max = 40, message = "Please keep the name to 40 characters")
        @PlainText
        String name,

        @NotBlank(message = "Say in a sentence what it means for the two of you")
        @Size(max = 300, message = "Please keep this to 300 characters")
        @PlainText
        String meaning,

        @Size(max = 10, message = "Ten goals at most")
        List<UUID> goalIds,

        LocalDate reviewDate,

        boolean sharedWithCounsellor) {

    public SharedValueDraft {
        goalIds = goalIds == null ? List.of() : List.copyOf(goalIds);
    }

    SharedValueDraft normalized() {
        return new SharedValueDraft(Text.strip(name), Text.strip(meaning), goalIds.stream().distinct().toList(),
                reviewDate, sharedWithCounsellor);
    }
}
