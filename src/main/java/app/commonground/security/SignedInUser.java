package app.commonground.security;

import java.util.UUID;

/** Who is calling: the account behind the current request or screen. */
public record SignedInUser(UUID accountId, String email, String displayName) {
}
