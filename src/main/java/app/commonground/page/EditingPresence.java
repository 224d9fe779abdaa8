package app.commonground.page;

import app.commonground.base.ui.LiveScreen;
import app.commonground.board.PresenceService;
import app.commonground.board.ui.BoardPanel;
import app.commonground.checkin.ui.CheckinPanel;
import com.vaadin.flow.shared.Registration;

import java.time.Duration;
import java.util.UUID;

/**
 * Tells the others which goal or check-in this screen is editing ("Sam is editing…"), once its editor has been
 * open for {@link #MOMENT}: an editor opened and closed again at once, or opened to save straight away, is no
 * news to anyone. When the editor closes, the marker goes, in the same change as the save that closed it (the
 * editors save and close {@link LiveScreen#together together}).
 */
final class EditingPresence implements BoardPanel.EditingListener, CheckinPanel.Writing {

    /** How long an editor is open before the others are told. */
    static final Duration MOMENT = Duration.ofSeconds(1);

    private final PresenceService presence;
    private final LiveScreen screen;
    private final String screenKey;
    private UUID spaceId;
    private Registration pending;
    private boolean told;

    EditingPresence(PresenceService presence, LiveScreen screen, String screenKey) {
        this.presence = presence;
        this.screen = screen;
        this.screenKey = screenKey;
    }

    /** The space this screen shows from now on. */
    void follow(UUID spaceId) {
        stopped();
        this.spaceId = spaceId;
    }

    @Override
    public void editing(UUID itemId) {
        started(itemId);
    }

    @Override
    public void writing(UUID checkinId) {
        started(checkinId);
    }

    @Override
    public void stoppedEditing() {
        stopped();
    }

    @Override
    public void stopped() {
        if (pending != null) {
            pending.remove();
            pending = null;
        }
        if (told) {
            told = false;
            presence.stopEditing(spaceId, screenKey);
        }
    }

    private void started(UUID what) {
        stopped();
        UUID space = spaceId;
        pending = screen.after(MOMENT, () -> {
            pending = null;
            presence.startEditing(space, screenKey, what);
            told = true;
        });
    }
}
