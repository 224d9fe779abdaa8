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
        @NotBlank(message = "input.values.name.required")
        @Size(max = 40, message = "input.name.tooLong")
        @PlainText
        String name,

        @NotBlank(message = "input.values.meaning.required")
        @Size(max = 300, message = "input.tooLong")
        @PlainText
        String meaning,

        @Size(max = 10, message = "input.values.goals.tooMany")
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
