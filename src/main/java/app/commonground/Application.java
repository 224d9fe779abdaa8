package app.commonground;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

@SpringBootApplication
@EnableScheduling
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/common-ground.css")
@Meta(name = "theme-color", content = "#faf6f1")
public class Application implements AppShellConfigurator {

    /** The app's mark as the browser tab's icon. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "images/mark.svg", "any");
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
