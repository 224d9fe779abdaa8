package app.commonground.responsibility;

import java.util.List;

/** The space's responsibilities as the viewer sees them, and the balance of time between the partners. */
public record ResponsibilityList(List<ResponsibilityView> items, List<PartnerTime> balance) {

    /** How many items wait for the viewer's answer. */
    public long waitingForViewer() {
        return items.stream().filter(ResponsibilityView::needsViewer).count();
    }
}
