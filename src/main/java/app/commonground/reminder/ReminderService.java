package app.commonground.reminder;

import app.commonground.base.InputRules;
import app.commonground.security.CurrentUser;
import app.commonground.security.SignedTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A person's choices about reminder emails, and the one-click way out of them. */
@Service
public class ReminderService {

    private final ReminderSettings settings;
    private final CurrentUser currentUser;
    private final SignedTokens tokens;
    private final Mail mail;
    private final InputRules rules;

    ReminderService(ReminderSettings settings, CurrentUser currentUser, SignedTokens tokens, Mail mail,
                    InputRules rules) {
        this.settings = settings;
        this.currentUser = currentUser;
        this.tokens = tokens;
        this.mail = mail;
        this.rules = rules;
    }

    /**
     * The caller's choices; until they choose, everything on and quiet from 22:00 to 08:00 in {@code zone} (their
     * browser's).
     */
    @Transactional(readOnly = true)
    public ReminderChoices myChoices(ZoneId zone) {
        return settings.stored(currentUser.require().accountId()).orElseGet(() -> ReminderChoices.defaults(zone));
    }

    /**
     * Notes the caller's time zone (from their browser) for someone who never chose: their quiet hours are then
     * 22:00 to 08:00 where they live, not in UTC.
     */
    @Transactional
    public void knowMyZone(ZoneId zone) {
        UUID me = currentUser.require().accountId();
        if (settings.stored(me).isEmpty()) {
            settings.save(me, ReminderChoices.defaults(zone));
        }
    }

    /**
     * Saves the caller's choices. Refuses, field by field and changing nothing, quiet hours without a start or an
     * end, or with one that is not a time of day ("25:99").
     */
    @Transactional
    public ReminderChoices saveMyChoices(NewReminderChoices typed) {
        UUID me = currentUser.require().accountId();
        ReminderChoices choices = rules.check(typed).read();
        settings.save(me, choices);
        return choices;
    }

    /**
     * Turns every reminder off for the person an email's "stop these emails" link was made for, without signing
     * in. Returns whether the link is one of ours.
     */
    @Transactional
    public boolean unsubscribe(String token) {
        return tokens.verify("unsubscribe", token).flatMap(ReminderService::accountId).filter(settings::exists).map(account -> {
            settings.save(account, settings.of(account).withKinds(Set.of()));
            return true;
        }).orElse(false);
    }

    /** Whether this server sends email at all (an SMTP server is configured). */
    public boolean emailOn() {
        return mail.on();
    }

    private static Optional<UUID> accountId(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notOne) {
            return Optional.empty();
        }
    }
}
