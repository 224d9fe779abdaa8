package app.commonground.account.ui;

import app.commonground.account.AccountService;
import app.commonground.account.LanguageChosen;
import app.commonground.base.i18n.Messages;
import app.commonground.base.ui.Texts;
import app.commonground.security.CurrentUser;
import app.commonground.security.SignedInUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WebBrowser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The language each screen speaks: the one its person chose on their account page, else the one their browser
 * asks for if the app speaks it, else English (dates keep the browser's region where the language is the same:
 * "1 Dec" in Britain, "Dec 1" in the US). A new choice reaches every screen that person has open on this server at
 * once, and nobody else's.
 */
@Component
class ScreenLanguages implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Map<UUID, Set<UI>> open = new ConcurrentHashMap<>();

    ScreenLanguages(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> follow(init.getUI()));
    }

    private void follow(UI ui) {
        Optional<SignedInUser> person = currentUser.find();
        speak(ui, screenLocale(person.flatMap(signedIn -> accounts.myLanguage()), browser(ui)));
        person.ifPresent(signedIn -> {
            Set<UI> screens = open.computeIfAbsent(signedIn.accountId(), id -> ConcurrentHashMap.newKeySet());
            screens.add(ui);
            ui.addDetachListener(detach -> screens.remove(ui));
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void chosen(LanguageChosen choice) {
        open.getOrDefault(choice.accountId(), Set.of()).forEach(ui -> ui.access(() -> {
            speak(ui, screenLocale(choice.language(), browser(ui)));
            Texts.relocalize(ui);
        }));
    }

    /** The screen's words in {@code locale}, and the page says so (screen readers pronounce by the page's language). */
    private static void speak(UI ui, Locale locale) {
        ui.setLocale(locale);
        ui.getPage().executeJs("document.documentElement.lang = $0", Messages.spoken(locale).getLanguage());
    }

    /** The chosen language (else the browser's, if spoken here), in the browser's region where they agree. */
    static Locale screenLocale(Optional<Locale> chosen, Locale browser) {
        Locale language = chosen.orElseGet(() -> Messages.spoken(browser));
        return browser != null && browser.getLanguage().equals(language.getLanguage()) ? browser : language;
    }

    private static Locale browser(UI ui) {
        WebBrowser browser = ui.getSession() == null ? null : ui.getSession().getBrowser();
        return browser == null ? null : browser.getLocale();
    }
}
