package app.commonground;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A phone that cannot reach the server shows a calm page of the app's own instead of the browser's error. */
@DirtiesContext
class OfflinePageTest extends BrowserTest {

    @Autowired
    WebServerApplicationContext server;

    @Test
    void with_the_server_out_of_reach_a_reload_shows_the_offline_page_whole_on_a_phone_and_loading_nothing_else() {
        TestPeople.Couple couple = people.newPartners();
        WebDriver phone = newBrowser();
        phone.manage().window().setSize(new Dimension(390, 844));
        showSpace(phone, url(""), couple.first(), couple.spaceId());
        assertThat(InstallableAppTest.controllingWorker(phone)).startsWith("activated");

        server.getWebServer().stop();
        phone.navigate().refresh();

        assertThat(waitIn(phone).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1"))).getText())
                .isEqualTo("You're offline");
        assertThat(phone.findElement(By.tagName("p")).getText()).startsWith("Your changes are safe.");
        assertThat(phone.findElement(By.id("try-again")).isDisplayed()).isTrue();
        assertThat(phone.getCurrentUrl()).as("the address stays, so trying again retries it").endsWith(couple.spaceId().toString());
        assertThat(((JavascriptExecutor) phone).executeScript("""
                return { wider: document.documentElement.scrollWidth > document.documentElement.clientWidth,
                         loaded: performance.getEntriesByType('resource').map(entry => entry.name) };"""))
                .isEqualTo(Map.of("wider", false, "loaded", List.of()));
    }
}
