package app.commonground.space.ui;

import com.vaadin.flow.server.VaadinSession;

import java.util.Optional;

/**
 * An invitation link opened before signing in, remembered in the session so that after signing in or
 * signing up the person lands back on it.
 */
public final class PendingInvitation {

    private static final String KEY = PendingInvitation.class.getName();

    private PendingInvitation() {
    }

    static void remember(String token) {
        VaadinSession.getCurrent().setAttribute(KEY, token);
    }

    public static Optional<String> take() {
        VaadinSession session = VaadinSession.getCurrent();
        Object token = session.getAttribute(KEY);
        session.setAttribute(KEY, null);
        return Optional.ofNullable((String) token);
    }
}
