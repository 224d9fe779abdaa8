package app.commonground;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** On the embedded database, a save that returned is on disk: a process kill a moment later loses nothing. */
class SavesSurviveAKillTest {

    private static final int SAVES = 5;

    @TempDir
    Path dataFolder;

    @Test
    void every_save_that_returned_is_still_there_after_the_app_is_killed_the_moment_after() throws Exception {
        Process app = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), SavesThenWaits.class.getName(),
                dataFolder.toString(), String.valueOf(SAVES))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var output = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals("saved " + SAVES)) {
                // the saves before the last
            }
            assertThat(line).as("the app's last line before it stopped").isEqualTo("saved " + SAVES);
        } finally {
            app.destroyForcibly();
            app.waitFor(30, TimeUnit.SECONDS);
        }

        assertThat(savedTitles()).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.rangeClosed(1, SAVES).mapToObj(n -> SavesThenWaits.TITLE + n).toList());
    }

    private List<String> savedTitles() throws SQLException {
        String url = "jdbc:h2:file:" + dataFolder.resolve("common-ground");
        try (var connection = DriverManager.getConnection(url, "sa", "");
             var statement = connection.prepareStatement("select title from board_item where title like ?")) {
            statement.setString(1, SavesThenWaits.TITLE + "%");
            try (var result = statement.executeQuery()) {
                List<String> titles = new java.util.ArrayList<>();
                while (result.next()) {
                    titles.add(result.getString(1));
                }
                return titles;
            }
        }
    }
}
