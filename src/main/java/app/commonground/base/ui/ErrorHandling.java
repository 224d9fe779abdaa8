package app.commonground.base.ui;

import app.commonground.base.GoneException;
import app.commonground.base.Refused;
import app.commonground.base.SameMomentException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
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
            String message = messageFor(error.getThrowable());
            if (UI.getCurrent() != null) {
                Notification.show(message, 6000, Notification.Position.BOTTOM_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
    }

    private static String messageFor(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Refused refused) {
                return Texts.t(refused.reason());
            }
            if (cause instanceof AccessDeniedException) {
                return Texts.t("error.refused");
            }
            if (cause instanceof SameMomentException) {
                return Refusals.sameMoment();
            }
            if (cause instanceof GoneException) {
                return Texts.t("error.gone");
            }
        }
        log.error("Unexpected error in a screen", failure);
        return Texts.t("error.unexpected.step");
    }
}
