package app.commonground.reminder;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one-click unsubscribe of every reminder's {@code List-Unsubscribe} header (RFC 8058): a mail app posts
 * {@code List-Unsubscribe=One-Click} to the email's link when its person asks it to, signed out and without cookies.
 * The signed token in the link says whose reminders to turn off, so it needs no session and no form; posting again
 * changes nothing more. Opening the link (a GET, as mail scanners do) still shows the page with its button.
 */
@Component
class OneClickUnsubscribe extends OncePerRequestFilter {

    /** Where each email's link leads; the security configuration lets a POST there through on its own. */
    static final String LINK = "/reminders/unsubscribe/";

    private final ReminderService reminders;

    OneClickUnsubscribe(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !path(request).startsWith(LINK);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) {
        if (!"One-Click".equals(request.getParameter("List-Unsubscribe"))) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } else if (reminders.unsubscribe(path(request).substring(LINK.length()))) {
            response.setStatus(HttpServletResponse.SC_OK);
        } else {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
