package app.commonground;

import app.commonground.account.ui.SignUpView;
import app.commonground.base.ui.NotFoundView;
import app.commonground.counselling.ui.SinceLastSessionView;
import app.commonground.page.MainLayout;
import app.commonground.security.ui.LoginView;
import app.commonground.space.ui.InvitationView;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * Several people, each in their own browserless session and window, against the real application:
 * the way to test what one person's action shows on another's screen.
 */
public final class BrowserlessUsers implements AutoCloseable {

    private final SecuredBrowserlessApplicationContext<Authentication> app;
    private final TestPeople people;

    public BrowserlessUsers(ApplicationContext context, TestPeople people) {
        this.app = SpringBrowserlessApplicationContext.createSecured(context,
                MainLayout.class, LoginView.class, SignUpView.class, InvitationView.class, NotFoundView.class,
                SinceLastSessionView.class);
        this.people = people;
    }

    /** A window of {@code person}, signed in. */
    public BrowserlessUIContext windowOf(TestPeople.Person person) {
        return app.newUser(people.authentication(person)).newWindow();
    }

    /** Windows of {@code person}, signed in once: the screens of one browser, in one session. */
    public List<BrowserlessUIContext> windowsOf(TestPeople.Person person, int count) {
        var user = app.newUser(people.authentication(person));
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> user.newWindow()).toList();
    }

    /** A window of someone not signed in. */
    public BrowserlessUIContext anonymousWindow() {
        return app.newUser().newWindow();
    }

    /** Navigates, and tolerates a reroute (to an error page or the login page): the test asserts where it landed. */
    public static void open(BrowserlessUIContext window, String path) {
        try {
            window.navigate(path, Component.class);
        } catch (IllegalArgumentException rerouted) {
            // the window shows where it was sent instead
        }
    }

    /** The texts of the spans with this class name in the window: names, badges, messages. */
    public static List<String> texts(BrowserlessUIContext window, String className) {
        window.activate();
        return window.find(Span.class).withClassName(className).all().stream().map(Span::getText).toList();
    }

    /**
     * Waits for an update pushed to another person's window: runs that window's pending UI tasks (what
     * the browser would receive by push) on the test thread until the assertion holds.
     */
    /** Clicks the button with this id in the window, as its person would. */
    public static void click(BrowserlessUIContext window, String id) {
        window.activate();
        window.test(window.find(Button.class).withId(id).single()).click();
    }

    /** Clicks the first button on the page that says {@code text}. */
    public static void clickText(BrowserlessUIContext window, String text) {
        window.activate();
        window.test(window.find(Button.class).withText(text).all().stream().filter(Button::isAttached)
                .findFirst().orElseThrow()).click();
    }

    public static void eventually(BrowserlessUIContext window, Runnable assertion) {
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            runPending(window);
            assertion.run();
        });
    }

    /**
     * Runs what other threads handed to this window's UI (a timer's step, a push) and lets it answer, as the
     * server does when the browser's request lets go of the session; the test thread holds the window's session
     * otherwise, so nothing else would run it.
     */
    public static void runPending(BrowserlessUIContext window) {
        window.activate();
        VaadinSession session = window.getUI().getSession();
        session.getService().runPendingAccessTasks(session);
        window.roundTrip();
    }

    @Override
    public void close() {
        app.close();
    }
}
