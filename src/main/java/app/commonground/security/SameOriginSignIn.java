package app.commonground.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;

/**
 * Refuses a sign-in form posted from another site (login CSRF: a page elsewhere signing a visitor into the
 * attacker's account). Browsers say where a post comes from in {@code Sec-Fetch-Site}, older ones in
 * {@code Origin}; a post without either (a bookmark, a script of one's own) goes through.
 */
class SameOriginSignIn extends OncePerRequestFilter {

    private final String signInPath;

    SameOriginSignIn(String signInPath) {
        this.signInPath = signInPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && signInPath.equals(request.getRequestURI().substring(request.getContextPath().length())) && fromElsewhere(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Please sign in from this site's own sign-in page.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean fromElsewhere(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !site.equals("same-origin") && !site.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            URI from = URI.create(origin);
            String host = request.getHeader("Host");
            String fromHost = from.getPort() == -1 ? from.getHost() : from.getHost() + ":" + from.getPort();
            return host == null || !host.equalsIgnoreCase(fromHost);
        } catch (IllegalArgumentException unreadable) {
            return true;
        }
    }
}
