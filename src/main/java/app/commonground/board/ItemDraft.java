package app.commonground.board;

import app.commonground.base.PlainText;
import app.commonground.base.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** What a partner writes for a goal or hobby, new or changed. */
public record ItemDraft(
        @NotNull(message = "Choose whether this is a goal or a hobby")
        ItemKind kind,

        @NotBlank(message = "Please give it a title")
        @Size(max = 120, message = "Please keep the title to 120 characters")
        @PlainText
        String title,

        @Size(max = 2000, message = "Please keep the notes to 2,000 characters")
        @PlainText
        String notes,

        @NotNull(message = "Choose a status")
        ItemStatus status,

        LocalDate targetDate,

        @Size(max = 1000, message = "Please keep this to 1,000 characters")
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
