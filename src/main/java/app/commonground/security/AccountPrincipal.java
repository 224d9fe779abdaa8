package app.commonground.security;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;

import java.util.UUID;

/** The signed-in person as Spring Security holds them: their account id and name beside the credentials. */
public class AccountPrincipal extends User {

    private final UUID accountId;
    private final String displayName;
    private final int sessionEpoch;

    /**
     * @param sessionEpoch the account's epoch when this sign-in was made: a sign-out or a password change
     *                     moves the account on, which ends this sign-in (see {@link SessionEpochs})
     */
    public AccountPrincipal(UUID accountId, String email, String displayName, String passwordHash, int sessionEpoch) {
        super(email, passwordHash, AuthorityUtils.createAuthorityList("ROLE_USER"));
        this.accountId = accountId;
        this.displayName = displayName;
        this.sessionEpoch = sessionEpoch;
    }

    /**
     * The same person as the "stay signed in" cookie signs them: over the password hash and the epoch, so
     * a new password or a sign-out makes every earlier cookie worthless.
     */
    AccountPrincipal forStaySignedIn() {
        return new AccountPrincipal(accountId, getUsername(), displayName, getPassword() + ":" + sessionEpoch,
                sessionEpoch);
    }

    Integer sessionEpoch() {
        return sessionEpoch;
    }

    public UUID accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
