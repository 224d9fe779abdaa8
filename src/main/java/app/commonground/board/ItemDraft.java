package app.commonground.board;

import app.commonground.base.PlainText;
import app.commonground.base.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** What a partner writes for a goal or hobby, new or changed. */
public record ItemDraft(
        @NotNull(message = "input.board.kind.required")
        ItemKind kind,

        @NotBlank(message = "input.title.required")
        @Size(max = 120, message = "input.title.tooLong")
        @PlainText
        String title,

        @Size(max = 2000, message = "input.notes.tooLong")
        @PlainText
        String notes,

        @NotNull(message = "input.board.status.required")
        ItemStatus status,

        LocalDate targetDate,

        @Size(max = 1000, message = "input.tooLong")
        @PlainText
        String support) {

    /** A new idea with just a title. */
    public static ItemDraft idea(ItemKind kind, String title) {
        return new ItemDraft(kind, title, null, ItemStatus.IDEA, null, null);
    }

    public ItemDraft withStatus(ItemStatus newStatus) {
        return new ItemDraft(kind, title, notes, newStatus, targetDate, support);
    }

    ItemDraft normalized() {
        return new ItemDraft(kind, Text.strip(title), Text.orNull(notes), status, targetDate, Text.orNull(support));
    }
}
