package app.commonground.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.RememberMeServices;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in from inside a screen, right after they created their account, with the same
 * password check (and throttle) as the sign-in form, and keeps their browser signed in like the form does.
 */
@Component
public class SessionSignIn {

    private final AuthenticationManager authenticationManager;
    private final RememberMeServices rememberMe;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SessionSignIn(AuthenticationManager authenticationManager, RememberMeServices rememberMe) {
        this.authenticationManager = authenticationManager;
        this.rememberMe = rememberMe;
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
        HttpServletResponse response = VaadinServletResponse.getCurrent().getHttpServletResponse();
        repository.saveContext(context, request, response);
        rememberMe.loginSuccess(request, response, authentication);
    }
}
