package app.commonground;

import app.commonground.base.ui.BackGesture;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;

@SpringBootApplication
@EnableScheduling
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/common-ground.css")
@Meta(name = "theme-color", content = "#faf6f1")
public class Application implements AppShellConfigurator {

    /**
     * The app's mark as the browser tab's icon, and what makes the app installable on a phone or a desktop: its
     * manifest, its home-screen icon and a service worker that only ever shows a friendly page when offline; and
     * the back gesture that closes an open dialog as an installed app's does ({@link BackGesture}).
     */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "images/mark.svg", "any");
        settings.addFavIcon("apple-touch-icon", "icons/apple-touch-icon.png", "180x180");
        settings.addLink("manifest", "manifest.webmanifest");
        settings.addInlineWithContents("""
                if ('serviceWorker' in navigator) {
                  window.addEventListener('load', () => navigator.serviceWorker.register('/service-worker.js'));
                }""", Inline.Wrapping.JAVASCRIPT);
        settings.addInlineFromFile("app/commonground/base/ui/back-gesture.js", Inline.Wrapping.JAVASCRIPT);
    }

    /** Browsers read the manifest whatever its type, but only the right one keeps their consoles quiet. */
    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> webManifestType() {
        return factory -> factory.addMimeMappings(new MimeMappings(Map.of("webmanifest", "application/manifest+json")));
    }

    /** Ticks in microseconds, the precision both databases store, so a saved time reads back unchanged. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.of(1, ChronoUnit.MICROS));
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
