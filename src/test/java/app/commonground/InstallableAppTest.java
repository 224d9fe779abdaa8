package app.commonground;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** On a 390 px phone: Common Ground can be installed like an app, and its service worker keeps nothing of anyone's. */
class InstallableAppTest extends BrowserTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_page_links_a_manifest_served_as_a_manifest_that_describes_a_standalone_app() {
        WebDriver phone = phoneAt("login");

        @SuppressWarnings("unchecked")
        Map<String, Object> manifest = (Map<String, Object>) ((JavascriptExecutor) phone).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector('link[rel=manifest]').href, { credentials: 'omit' })
                  .then(async response => done({ type: response.headers.get('Content-Type'), body: await response.json() }),
                        error => done({ failed: String(error) }));""");

        assertThat(manifest.get("type")).asString().startsWith("application/manifest+json");
        assertThat(manifest.get("body")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("name", "Common Ground").containsEntry("start_url", "/")
                .containsEntry("scope", "/").containsEntry("display", "standalone")
                .containsEntry("background_color", "#faf6f1").containsEntry("theme_color", "#faf6f1");
    }

    @Test
    void chromium_finds_nothing_that_keeps_the_app_from_being_installed() {
        WebDriver phone = phoneAt("login");
        controllingWorker(phone);
        HasCdp cdp = (HasCdp) phone;

        Map<String, Object> manifest = cdp.executeCdpCommand("Page.getAppManifest", Map.of());
        Map<String, Object> installability = cdp.executeCdpCommand("Page.getInstallabilityErrors", Map.of());

        assertThat((String) manifest.get("url")).endsWith("/manifest.webmanifest");
        assertThat((List<?>) manifest.get("errors")).isEmpty();
        assertThat((List<?>) installability.get("installabilityErrors")).isEmpty();
    }

    @Test
    void the_service_worker_controls_the_page_and_keeps_only_the_offline_page_after_a_couple_works_in_their_space() {
        TestPeople.Couple couple = people.newPartners();
        WebDriver phone = phoneAt("login");
        assertThat(controllingWorker(phone)).isEqualTo("activated " + url(""));

        showSpace(phone, url(""), couple.first(), couple.spaceId());
        click(phone, "responsibilities-tab");

        assertThat(((JavascriptExecutor) phone).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                (async () => {
                  const all = {};
                  for (const name of await caches.keys()) {
                    all[name] = (await (await caches.open(name)).keys()).map(request => new URL(request.url).pathname);
                  }
                  return all;
                })().then(done, error => done('failed: ' + error));"""))
                .isEqualTo(Map.of("common-ground-offline-v1", List.of("/offline.html")));
    }

    @Test
    void installed_on_a_phone_with_a_notch_the_header_and_a_dialog_keep_clear_of_the_notch_and_the_home_indicator() {
        TestPeople.Couple couple = people.newPartners();
        WebDriver app = keep(installedApp(url("login")));
        ((HasCdp) app).executeCdpCommand("Emulation.setSafeAreaInsetsOverride",
                Map.of("insets", Map.of("top", 47, "right", 0, "bottom", 34, "left", 0)));
        JavascriptExecutor page = (JavascriptExecutor) app;
        assertThat(page.executeScript("return matchMedia('(display-mode: standalone)').matches")).isEqualTo(true);

        showSpace(app, url(""), couple.first(), couple.spaceId());
        app.manage().window().setSize(new Dimension(390, 640)); // shorter than the goal editor
        click(app, By.cssSelector("vaadin-button[aria-label^='Add to']"));
        waitIn(app).until(ExpectedConditions.visibilityOfElementLocated(By.id("item-title")));

        assertThat(edge(page, "document.querySelector('.cg-brand')", "top")).isGreaterThanOrEqualTo(47);
        String card = "document.querySelector('vaadin-dialog[opened]').shadowRoot.querySelector('vaadin-dialog-overlay')"
                + ".shadowRoot.querySelector('[part~=overlay]')";
        assertThat(edge(page, card, "top")).isGreaterThanOrEqualTo(47);
        assertThat(edge(page, card, "bottom")).isLessThanOrEqualTo(
                ((Number) page.executeScript("return innerHeight")).doubleValue() - 34);
    }

    @Test
    void the_manifest_its_icons_the_worker_and_the_offline_page_are_served_to_anyone_with_their_types() throws Exception {
        assertThat(typeOf("manifest.webmanifest")).isEqualTo("application/manifest+json");
        assertThat(typeOf("service-worker.js")).startsWith("text/javascript");
        assertThat(typeOf("offline.html")).startsWith("text/html");
        assertThat(typeOf("icons/icon-192.png")).isEqualTo("image/png");
        assertThat(typeOf("icons/icon-512.png")).isEqualTo("image/png");
        assertThat(typeOf("icons/icon-maskable-512.png")).isEqualTo("image/png");
        assertThat(typeOf("icons/apple-touch-icon.png")).isEqualTo("image/png");
    }

    @Test
    void the_icons_have_the_sizes_the_manifest_names_and_the_maskable_one_fills_its_square() throws Exception {
        assertThat(size("icon-192.png")).isEqualTo(192);
        assertThat(size("icon-512.png")).isEqualTo(512);
        assertThat(size("apple-touch-icon.png")).isEqualTo(180);
        BufferedImage maskable = icon("icon-maskable-512.png");
        assertThat(maskable.getWidth()).isEqualTo(512);
        assertThat(maskable.getRGB(0, 0)).as("an opaque cream corner").isEqualTo(0xfffaf6f1);
    }

    private static double edge(JavascriptExecutor page, String element, String side) {
        return ((Number) page.executeScript("return " + element + ".getBoundingClientRect()." + side)).doubleValue();
    }

    private WebDriver phoneAt(String path) {
        WebDriver phone = newBrowser();
        phone.manage().window().setSize(new Dimension(390, 844));
        phone.get(url(path));
        waitIn(phone).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("link[rel=manifest]")));
        return phone;
    }

    /** Waits until a service worker controls the page and has finished activating: its state and scope. */
    static String controllingWorker(WebDriver browser) {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const controlling = new Promise(resolve => navigator.serviceWorker.controller ? resolve()
                  : navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
                navigator.serviceWorker.ready.then(async registration => {
                  await controlling;
                  const worker = registration.active;
                  if (worker.state === 'activating') {
                    await new Promise(resolve => worker.addEventListener('statechange', resolve, { once: true }));
                  }
                  done(worker.state + ' ' + registration.scope);
                }).catch(error => done('failed: ' + error));""");
    }

    private String typeOf(String path) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.headers().firstValue("Content-Type").orElse("none");
    }

    private static int size(String name) throws Exception {
        BufferedImage image = icon(name);
        assertThat(image.getHeight()).as(name + " is square").isEqualTo(image.getWidth());
        return image.getWidth();
    }

    private static BufferedImage icon(String name) throws Exception {
        try (InputStream in = InstallableAppTest.class.getResourceAsStream("/META-INF/resources/icons/" + name)) {
            assertThat(in).as(name).isNotNull();
            return ImageIO.read(in);
        }
    }
}
