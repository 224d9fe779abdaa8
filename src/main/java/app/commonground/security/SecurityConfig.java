package app.commonground.security;

import app.commonground.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices;

import java.time.Duration;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /** How long a browser stays signed in without a password, unless its person signs out. */
    static final Duration STAY_SIGNED_IN = Duration.ofDays(30);

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Keeps a browser signed in across server restarts and from one app server to another (its session
     * lives on one server only): a signed cookie, checked against the account's current password hash and
     * session epoch, so changing the password or signing out ends it everywhere. The key is shared by all
     * servers through the database.
     */
    @Bean
    TokenBasedRememberMeServices rememberMe(UserDetailsService accounts, ServerSecrets secrets) {
        UserDetailsService signedOver = email -> ((AccountPrincipal) accounts.loadUserByUsername(email)).forStaySignedIn();
        TokenBasedRememberMeServices rememberMe = new TokenBasedRememberMeServices(secrets.get("remember-me"), signedOver,
                TokenBasedRememberMeServices.RememberMeTokenAlgorithm.SHA256);
        rememberMe.setAlwaysRemember(true);
        rememberMe.setCookieName("CG_SIGNED_IN");
        rememberMe.setTokenValiditySeconds((int) STAY_SIGNED_IN.toSeconds());
        rememberMe.setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
        return rememberMe;
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService accounts, PasswordEncoder passwordEncoder,
                                                LoginThrottle throttle, TokenBasedRememberMeServices rememberMe) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle),
                new RememberMeAuthenticationProvider(rememberMe.getKey()));
    }

    /**
     * The one-click unsubscribe a mail app posts for its person (RFC 8058) to the link of a reminder: signed out,
     * without cookies and without a form, so no sign-in, no session and no CSRF token; the signed link is all it
     * needs. Only that POST: opening the link, and every other request, goes through the chain below.
     */
    @Bean
    @Order(1)
    SecurityFilterChain oneClickUnsubscribeChain(HttpSecurity http) throws Exception {
        return byItsSecret(http, PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/reminders/unsubscribe/*"));
    }

    /**
     * A person's calendar feed, fetched by their calendar app signed out and without cookies: the secret address is
     * all it needs, so no sign-in, no session and no "stay signed in" cookie is read or made. GET, and HEAD that some
     * calendar apps ask first; anything else is refused by the endpoint itself.
     */
    @Bean
    @Order(2)
    SecurityFilterChain calendarFeedChain(HttpSecurity http) throws Exception {
        return byItsSecret(http, PathPatternRequestMatcher.withDefaults().matcher("/calendar/*"));
    }

    /**
     * A space's screen saying, as its page goes, that its person left (a beacon: no form, no CSRF token): the screen's
     * secret key is all it needs, and all it can do is take that screen's presence away.
     */
    @Bean
    @Order(3)
    SecurityFilterChain screenClosedChain(HttpSecurity http) throws Exception {
        return byItsSecret(http, PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/presence/closed/**"));
    }

    /**
     * Requests that carry their own secret (a signed link, a feed's address, a screen's key) and need nothing else:
     * no sign-in, no session, no saved request, no CSRF token; the security headers as everywhere.
     */
    private static SecurityFilterChain byItsSecret(HttpSecurity http, RequestMatcher requests) throws Exception {
        http.securityMatcher(requests);
        http.authorizeHttpRequests(all -> all.anyRequest().permitAll());
        http.csrf(AbstractHttpConfigurer::disable);
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.requestCache(AbstractHttpConfigurer::disable);
        http.addFilterBefore(new SecurityHeaders(), HeaderWriterFilter.class);
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                            TokenBasedRememberMeServices rememberMe, EndedSessions endedSessions,
                                            SessionEpochs epochs) throws Exception {
        http.authenticationManager(authenticationManager);
        http.rememberMe(remember -> remember.rememberMeServices(rememberMe).key(rememberMe.getKey()));
        http.addFilterAfter(endedSessions.filter(rememberMe), RememberMeAuthenticationFilter.class);
        http.logout(logout -> logout.addLogoutHandler((request, response, authentication) -> {
            if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
                epochs.endAllOf(principal.accountId());
            }
        }));
        http.addFilterBefore(new SameOriginSignIn("/login"), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new SecurityHeaders(), HeaderWriterFilter.class);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/images/**", "/actuator/health", "/actuator/health/**",
                        "/actuator/metrics/commonground.live.*").permitAll()
                // Browsers fetch these without cookies: the manifest, its icons, the worker and its one page.
                .requestMatchers("/manifest.webmanifest", "/icons/**", "/service-worker.js", "/offline.html")
                .permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
