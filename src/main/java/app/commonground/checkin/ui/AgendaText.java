package app.commonground.checkin.ui;

import app.commonground.checkin.CheckinViews.AgendaLine;

import static app.commonground.base.ui.Texts.t;

/** One agenda line in the viewer's words: "Sam marked “Run a half marathon” achieved". */
final class AgendaText {

    private AgendaText() {
    }

    static String of(AgendaLine line) {
        return switch (line.kind()) {
            case GOAL_ACHIEVED -> t("checkin.agenda.goalAchieved", line.byName(), line.title());
            case RESPONSIBILITY_AGREED -> t("checkin.agenda.responsibilityAgreed", line.title());
            case RESPONSIBILITY_CHANGED -> t("checkin.agenda.responsibilityChanged", line.title());
            case RESPONSIBILITY_HANDED_OVER -> t("checkin.agenda.handedOver", line.byName(), line.title());
            case OUTCOME_DUE_FOR_REVIEW -> t("checkin.agenda.outcomeDue", line.title());
            case BOUNDARY_DUE_FOR_REVIEW -> t("checkin.agenda.boundaryDue", line.title());
            case VALUE_DUE_FOR_REVIEW -> t("checkin.agenda.valueDue", line.title());
            case LAST_WISH -> t("checkin.agenda.lastWish", line.byName(), line.title());
        };
    }
}
