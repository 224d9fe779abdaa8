package app.commonground.base.ui;

import app.commonground.space.ReadOnlyAccessException;
import app.commonground.space.SpaceNotFoundException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns an exception thrown by a click or a save into a calm message instead of a stack trace. Views
 * handle the failures they expect (bad input, conflicts); this catches the rest.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable cause = rootOf(error.getThrowable());
            String message;
            if (cause instanceof ReadOnlyAccessException readOnly) {
                message = readOnly.getMessage();
            } else if (cause instanceof SpaceNotFoundException) {
                message = "This space is no longer available to you.";
            } else {
                log.error("Unexpected error in a screen", error.getThrowable());
                message = "Something went wrong on our side. Nothing you saved is lost; please try again.";
            }
            if (UI.getCurrent() != null) {
                Notification notification = Notification.show(message, 6000, Notification.Position.BOTTOM_CENTER);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
    }

    private static Throwable rootOf(Throwable throwable) {
        Throwable current = throwable;
        while (current.getCause() != null && current.getCause() != current
                && !(current instanceof ReadOnlyAccessException) && !(current instanceof SpaceNotFoundException)) {
            current = current.getCause();
        }
        return current;
    }
}
