package app.commonground.security;

import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * Values signed with a secret all app servers share, for links that must work without signing in (an email's
 * "unsubscribe"): {@code value.signature}, which nobody can make for another value without the secret.
 */
@Component
public class SignedTokens {

    private final ServerSecrets secrets;

    SignedTokens(ServerSecrets secrets) {
        this.secrets = secrets;
    }

    /** A token for {@code value} (no dots in it), for one purpose: a token for one purpose never passes for another. */
    public String sign(String purpose, String value) {
        return value + "." + signature(purpose, value);
    }

    /** The value the token was made for, if it was made here for this purpose. */
    public Optional<String> verify(String purpose, String token) {
        if (token == null || token.length() > 300) {
            return Optional.empty();
        }
        int dot = token.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String value = token.substring(0, dot);
        boolean valid = MessageDigest.isEqual(signature(purpose, value).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
        return valid ? Optional.of(value) : Optional.empty();
    }

    /**
     * The signature alone (43 URL-safe characters): a secret nobody makes for {@code value} without the server's
     * secret, for an address that is shown again but never stored (a calendar feed's).
     */
    public String signature(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.get("signed-" + purpose).getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }
}
