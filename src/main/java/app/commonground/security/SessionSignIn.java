package app.commonground.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in from inside a screen, right after they created their account, with the same
 * password check (and throttle) as the sign-in form.
 */
@Component
public class SessionSignIn {

    private final AuthenticationManager authenticationManager;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SessionSignIn(AuthenticationManager authenticationManager) {
        this.authenticationManager = authenticationManager;
    }

    public void signIn(String email, String password) {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(request));
        Authentication authentication = authenticationManager.authenticate(token);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        repository.saveContext(context, request, VaadinServletResponse.getCurrent().getHttpServletResponse());
    }
}
