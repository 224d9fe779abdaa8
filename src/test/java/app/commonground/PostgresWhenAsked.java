package app.commonground;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import java.util.List;
import java.util.Map;

/**
 * Points every Spring test context at the test run's PostgreSQL server ({@link TestPostgres}) instead of
 * in-memory H2 when the run asks for it with {@code -Dcommon-ground.test-database=postgres} (the build's
 * "postgres" test execution does) or the test class is marked {@link OnPostgres}, and relays live updates
 * through it as several app servers would.
 */
class PostgresWhenAsked implements ContextCustomizerFactory {

    static final String DATABASE = "common_ground_tests";

    static boolean asked(Class<?> testClass) {
        return "postgres".equals(System.getProperty("common-ground.test-database"))
                || testClass.isAnnotationPresent(OnPostgres.class);
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return asked(testClass) ? new PointAtPostgres() : null;
    }

    private record PointAtPostgres() implements ContextCustomizer {

        private static String url;

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-postgres", Map.of(
                    "spring.datasource.url", database(),
                    "spring.datasource.username", TestPostgres.USER,
                    "spring.datasource.password", "",
                    "common-ground.live.relay", "postgres")));
        }

        private static synchronized String database() {
            if (url == null) {
                url = TestPostgres.server().createDatabase(DATABASE);
            }
            return url;
        }
    }
}
