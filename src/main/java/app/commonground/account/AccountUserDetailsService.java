package app.commonground.account;

import app.commonground.security.AccountPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;

/** Loads an account for Spring Security's password check; the email is the user name. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return accounts.findByEmail(normalized)
                .map(a -> new AccountPrincipal(a.id(), a.email(), a.displayName(), a.passwordHash(), a.sessionEpoch()))
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
    }
}
