package app.commonground.checkin.ui;

import app.commonground.checkin.CheckinViews.CheckinView;

/** What the parts of a check-in ask of the check-in around them. */
interface CheckinSteps {

    /**
     * Takes one of the viewer's steps: a refusal is shown next to the field it names, or said; then the check-in
     * is shown again.
     */
    void act(Runnable step);

    /** Shows the check-in again, as it is now. */
    void showAgain();

    /** Keeps the viewer's own answers from the answer to one of their steps. */
    void hold(CheckinView answer);
}
