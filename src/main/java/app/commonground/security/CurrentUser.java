package app.commonground.security;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

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

    /** The signed-in caller; refuses the call when nobody is signed in. */
    public SignedInUser require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Nobody is signed in"));
    }
}
