package app.commonground.reminder;

import app.commonground.TestPeople.Person;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) on a free port, and what it received, person by person. */
final class TestMailServer {

    private final int port = freePort();
    private GreenMail smtp = started();

    /** Points the app at this server, and has it look for due reminders rarely: tests send them themselves. */
    void register(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> port);
        registry.add("common-ground.reminders.every", () -> "1h");
    }

    void stop() {
        smtp.stop();
    }

    /** Starts the server again after {@link #stop}, on the same port. */
    void restart() {
        smtp = started();
    }

    List<MimeMessage> to(Person person) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(address -> address.toString().equals(person.email()));
            } catch (MessagingException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }).toList();
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    static String text(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, ", ");
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private GreenMail started() {
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException none) {
            throw new UncheckedIOException(none);
        }
    }
}
