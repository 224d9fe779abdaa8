package app.commonground.security;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;

import java.util.UUID;

/** The signed-in person as Spring Security holds them: their account id and name beside the credentials. */
public class AccountPrincipal extends User {

    private final UUID accountId;
    private final String displayName;

    public AccountPrincipal(UUID accountId, String email, String displayName, String passwordHash) {
        super(email, passwordHash, AuthorityUtils.createAuthorityList("ROLE_USER"));
        this.accountId = accountId;
        this.displayName = displayName;
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
