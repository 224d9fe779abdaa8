package app.commonground.reminder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The SMTP server, if one is configured ({@code SPRING_MAIL_HOST}, …); without one, email is off: no reminder is
 * kept or sent, and the log says so once.
 */
@Component
class Mail {

    private static final Logger log = LoggerFactory.getLogger(Mail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String publicUrl;

    Mail(ObjectProvider<JavaMailSender> sender, @Value("${common-ground.public-url}") String publicUrl) {
        this.sender = sender;
        this.publicUrl = publicUrl;
    }

    boolean on() {
        return sender.getIfAvailable() != null;
    }

    JavaMailSender sender() {
        return sender.getObject();
    }

    @EventListener(ApplicationReadyEvent.class)
    void sayWhetherOn() {
        if (!on()) {
            log.info("Email is off: no SMTP server is configured, so no reminders are sent (set SPRING_MAIL_HOST, "
                    + "SPRING_MAIL_PORT, SPRING_MAIL_USERNAME and SPRING_MAIL_PASSWORD to send them)");
        } else if (publicUrl.contains("localhost")) {
            log.warn("Reminder emails link to {}: set PUBLIC_URL to the address people open the app at", publicUrl);
        }
    }
}
