package app.commonground.security;

import app.commonground.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every page tells the browser about itself, and a sign-in form posted from another site. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestPeople.class)
class SecurityHeadersTest {

    @LocalServerPort
    int port;
    @Autowired
    TestPeople people;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pages_forbid_other_origins_sniffing_and_framing_and_keep_the_referrer_to_this_site() throws Exception {
        HttpResponse<Void> page = http.send(HttpRequest.newBuilder(URI.create(url("login"))).build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(cookie(page, "JSESSIONID")).contains("SameSite=Lax", "HttpOnly");
    }

    @Test
    void a_sign_in_posted_from_another_site_is_refused_and_signs_nobody_in() throws Exception {
        var robin = people.newPerson("Robin");

        HttpResponse<Void> crossSite = signIn(robin, "Sec-Fetch-Site", "cross-site");
        HttpResponse<Void> otherOrigin = signIn(robin, "Origin", "https://attacker.example");

        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(otherOrigin.statusCode()).isEqualTo(403);
        assertThat(crossSite.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("CG_SIGNED_IN="));
    }

    @Test
    void a_sign_in_from_this_sites_own_page_goes_through_with_a_same_site_cookie() throws Exception {
        var robin = people.newPerson("Robin");

        HttpResponse<Void> ownPage = signIn(robin, "Sec-Fetch-Site", "same-origin");

        assertThat(ownPage.statusCode()).isEqualTo(302);
        assertThat(ownPage.headers().firstValue("Location")).hasValueSatisfying(to ->
                assertThat(to).doesNotContain("login"));
        assertThat(cookie(ownPage, "CG_SIGNED_IN")).contains("SameSite=Lax", "HttpOnly");
    }

    private HttpResponse<Void> signIn(TestPeople.Person person, String header, String value) throws Exception {
        String form = "username=" + URLEncoder.encode(person.email(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(TestPeople.PASSWORD, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(url("login")))
                .header("Content-Type", "application/x-www-form-urlencoded").header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
    }

    private static String cookie(HttpResponse<?> response, String name) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("No " + name + " cookie in " + cookies));
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
