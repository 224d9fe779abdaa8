package app.commonground.board.ui;

import app.commonground.board.ItemStatus;

import static app.commonground.base.ui.Texts.t;

/** A goal's or hobby's status in the viewer's words: "Active", "Aktiv". */
final class ItemTexts {

    private ItemTexts() {
    }

    static String status(ItemStatus status) {
        return switch (status) {
            case IDEA -> t("board.status.idea");
            case ACTIVE -> t("board.status.active");
            case ACHIEVED -> t("board.status.achieved");
            case PAUSED -> t("board.status.paused");
        };
    }
}
