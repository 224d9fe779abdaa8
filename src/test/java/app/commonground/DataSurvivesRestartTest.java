package app.commonground;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The app as `./mvnw` runs it: an H2 file, the schema from Flyway, demo data on the first start only. */
class DataSurvivesRestartTest {

    /** The demo's people: a couple with their counsellor, and three more couples of that counsellor. */
    private static final List<String> DEMO_ACCOUNTS = Stream.of("alex", "jordan", "kai", "mina", "priya", "rivera",
            "robin", "sam", "theo").map(name -> name + "@example.com").toList();

    @TempDir
    Path dataFolder;

    @Test
    void the_database_file_keeps_everything_across_a_restart_and_demo_data_is_created_once() throws IOException {
        try (var first = start()) {
            assertThat(emails(first)).containsExactlyElementsOf(DEMO_ACCOUNTS);
        }
        assertThat(Files.exists(dataFolder.resolve("common-ground.mv.db"))).isTrue();

        try (var second = start()) {
            assertThat(emails(second)).containsExactlyElementsOf(DEMO_ACCOUNTS);
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select name from space").query(String.class).list())
                    .containsExactlyInAnyOrder("Alex & Sam", "Jordan & Priya", "Mina & Theo", "Robin & Kai");
            assertThat(jdbc.sql("select count(*) from membership").query(Integer.class).single()).isEqualTo(12);
            assertThat(jdbc.sql("select \"script\" from \"flyway_schema_history\" where \"success\" and \"version\" is not null")
                    .query(String.class).list()).containsExactlyInAnyOrderElementsOf(migrationScripts());
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--COMMON_GROUND_DATA=" + dataFolder, "--spring.main.banner-mode=off", "--logging.level.root=warn",
                "--logging.level.org.apache.catalina.loader=error",
                "--logging.level.org.flywaydb.core.internal.database.base.Database=error");
    }

    /** The SQL migrations by file name, and the Java ones by class name, as Flyway records them. */
    private static List<String> migrationScripts() throws IOException {
        PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
        return Stream.concat(Arrays.stream(resources.getResources("classpath:db/migration/V*.sql"))
                        .map(Resource::getFilename),
                Arrays.stream(resources.getResources("classpath:db/migration/V*.class"))
                        .map(Resource::getFilename).filter(name -> !name.contains("$"))
                        .map(name -> "db.migration." + name.replace(".class", "")))
                .toList();
    }

    private static List<String> emails(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class).sql("select email from account order by email")
                .query(String.class).list();
    }
}
