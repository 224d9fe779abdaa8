package app.commonground.security;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The one place services learn who is calling. It reads Spring Security's context, which Vaadin also
 * provides inside {@code UI.access}, so a pushed update is read with the rights of the screen's owner.
 */
@Component
public class CurrentUser {

    /** The signed-in caller, if any. */
    public Optional<SignedInUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(new SignedInUser(principal.accountId(), principal.getUsername(), principal.displayName()));
        }
        return Optional.empty();
    }

    /**
     * Reads as {@code accountId}, whom a secret address vouches for (a calendar app fetching its person's feed,
     * signed out and without a session): the services' reads then apply that person's rights, and the previous
     * caller is back afterwards. For reads only; nothing is kept in a session.
     */
    public <T> T readAs(UUID accountId, Supplier<T> read) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new AccountPrincipal(accountId, accountId.toString(), "", "", 0), null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return read.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The signed-in caller; refuses the call when nobody is signed in. */
    public SignedInUser require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Nobody is signed in"));
    }
}
