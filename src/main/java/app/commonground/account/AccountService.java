package app.commonground.account;

import app.commonground.base.InputRules;
import app.commonground.base.InvalidInputException;
import app.commonground.base.i18n.Messages;
import app.commonground.base.personaldata.PersonalDataExport;
import app.commonground.security.CurrentUser;
import app.commonground.security.LoginThrottle;
import app.commonground.security.SessionEpochs;
import app.commonground.security.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Creating accounts, changing their passwords, taking one's data and deleting one's account. */
@Service
public class AccountService {

    static final int MIN_PASSWORD = 10;
    /** BCrypt reads the first 72 bytes of a password and refuses a longer one. */
    static final int MAX_PASSWORD = 72;
    static final String PASSWORD_LENGTH = "input.account.password.length";

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final InputRules rules;
    private final CurrentUser currentUser;
    private final SessionEpochs sessions;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final LoginThrottle throttle;
    private final PersonalDataExport export;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, InputRules rules,
                   CurrentUser currentUser, SessionEpochs sessions, Clock clock, ApplicationEventPublisher events,
                   LoginThrottle throttle, PersonalDataExport export) {
        this.events = events;
        this.throttle = throttle;
        this.export = export;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.rules = rules;
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Creates an account for anyone who asks. Refuses a broken rule with a message for that field, and an
     * email already in use with an {@link EmailInUseException} (the screen slows down repeated ones).
     *
     * @return the new account's id
     */
    @Transactional
    public UUID signUp(SignUp request) {
        SignUp signUp = rules.check(request.normalized());
        checkBytes("password", signUp.password());
        if (signUp.password().equalsIgnoreCase(signUp.email())) {
            throw InvalidInputException.of("password", "input.account.password.isEmail");
        }
        if (accounts.existsByEmail(signUp.email())) {
            throw new EmailInUseException();
        }
        try {
            Account account = accounts.saveAndFlush(new Account(signUp.email(), signUp.name(),
                    passwordEncoder.encode(signUp.password()), clock.instant()));
            return account.id();
        } catch (DataIntegrityViolationException raced) {
            throw new EmailInUseException();
        }
    }

    /**
     * Deletes the signed-in person's account after checking their password: they leave every space (their own
     * things there go with them, a space they were the last partner of goes whole), what they did on shared
     * things stays without their name, and the account row goes, so every session and "stay signed in" cookie
     * of theirs ends on every server and the email may sign up again as someone new.
     */
    @Transactional
    public void deleteAccount(String password) {
        SignedInUser caller = currentUser.require();
        Account account = accounts.findById(caller.accountId()).orElseThrow();
        if (password == null || !passwordEncoder.matches(password, account.passwordHash())) {
            throw InvalidInputException.of("password", "input.account.password.wrong");
        }
        events.publishEvent(new AccountClosing(account.id(), account.displayName()));
        throttle.forget(account.email());
        accounts.delete(account);
        accounts.flush();
    }

    /**
     * Writes everything the signed-in person wrote or that is about them, as a ZIP, to {@code out}: the README and
     * the copy to read in {@code language} (the one of the screen that asked), the JSON the same in every language.
     */
    public void exportMyData(OutputStream out, Locale language) {
        SignedInUser caller = currentUser.require();
        export.write(caller.accountId(), caller.displayName(), language, out);
    }

    /**
     * Changes the signed-in person's password after checking their current one, and ends every session and
     * "stay signed in" cookie of theirs on every server (the screen that changed it signs in afresh).
     */
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        SignedInUser caller = currentUser.require();
        Account account = accounts.findById(caller.accountId()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw InvalidInputException.of("currentPassword", "input.account.password.notCurrent");
        }
        if (newPassword == null || newPassword.length() < MIN_PASSWORD || newPassword.length() > MAX_PASSWORD) {
            throw InvalidInputException.of("newPassword", PASSWORD_LENGTH);
        }
        checkBytes("newPassword", newPassword);
        if (newPassword.equals(currentPassword)) {
            throw InvalidInputException.of("newPassword", "input.account.password.same");
        }
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        sessions.endAllOf(account.id());
    }

    /** The language the signed-in person chose on their account page; none while their browser's is theirs. */
    @Transactional(readOnly = true)
    public Optional<Locale> myLanguage() {
        SignedInUser caller = currentUser.require();
        return accounts.findById(caller.accountId()).flatMap(Account::language).map(Locale::forLanguageTag);
    }

    /**
     * The signed-in person reads the app in this language from now on, on every screen they have open (none: in
     * the one their browser asks for). Refuses a language the app does not speak.
     */
    @Transactional
    public void chooseLanguage(Optional<Locale> language) {
        SignedInUser caller = currentUser.require();
        language.filter(chosen -> !Messages.LANGUAGES.contains(chosen)).ifPresent(unknown -> {
            throw InvalidInputException.of("language", "input.account.language.unknown");
        });
        Account account = accounts.findById(caller.accountId()).orElseThrow();
        account.chooseLanguage(language.map(Locale::getLanguage).orElse(null));
        events.publishEvent(new LanguageChosen(account.id(), language));
    }

    private static void checkBytes(String field, String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD) {
            throw InvalidInputException.of(field,
                    "input.account.password.bytes");
        }
    }
}
