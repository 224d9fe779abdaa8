package app.commonground.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.rememberme.AbstractRememberMeServices;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Ends sign-ins from an earlier session epoch ({@link SessionEpochs}) on this server: a request that
 * arrives with one goes on signed out (its session invalidated, its cookie cleared), and every few seconds
 * the open sessions are checked, so a page left open elsewhere stops receiving the space at once.
 */
@Component
class EndedSessions implements HttpSessionListener {

    private final SessionEpochs epochs;
    private final Set<HttpSession> open = ConcurrentHashMap.newKeySet();

    EndedSessions(SessionEpochs epochs) {
        this.epochs = epochs;
    }

    /** The check on every request, for the security filter chain, after the sign-in is known. */
    Filter filter(AbstractRememberMeServices rememberMe) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Optional<AccountPrincipal> principal = principal(SecurityContextHolder.getContext());
                if (principal.isPresent() && !epochs.current(principal.get().accountId())
                        .equals(Optional.of(principal.get().sessionEpoch()))) {
                    HttpSession session = request.getSession(false);
                    if (session != null) {
                        session.invalidate();
                    }
                    SecurityContextHolder.clearContext();
                    rememberMe.loginFail(request, response);
                }
                chain.doFilter(request, response);
            }
        };
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        open.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        open.remove(event.getSession());
    }

    /** Invalidates this server's sessions whose sign-in belongs to an earlier epoch. */
    @Scheduled(fixedDelayString = "${common-ground.sessions.check-every:PT3S}")
    void endStaleSessions() {
        Map<HttpSession, AccountPrincipal> signedIn = open.stream()
                .flatMap(session -> principal(session).map(p -> Map.entry(session, p)).stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (signedIn.isEmpty()) {
            return;
        }
        Map<UUID, Integer> now = epochs.current(signedIn.values().stream().map(AccountPrincipal::accountId)
                .collect(Collectors.toSet()));
        signedIn.forEach((session, principal) -> {
            if (!principal.sessionEpoch().equals(now.get(principal.accountId()))) {
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyInvalidated) {
                    open.remove(session);
                }
            }
        });
    }

    /** How many sessions on this server are signed in as this person right now. */
    long signedInSessionsOf(UUID accountId) {
        return open.stream().flatMap(session -> principal(session).stream())
                .filter(principal -> principal.accountId().equals(accountId)).count();
    }

    private static Optional<AccountPrincipal> principal(HttpSession session) {
        try {
            return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                    instanceof SecurityContext context ? principal(context) : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    private static Optional<AccountPrincipal> principal(SecurityContext context) {
        Authentication authentication = context.getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                ? Optional.of(principal) : Optional.empty();
    }
}
