package app.commonground;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application against its real (in-memory H2) database, migrated by Flyway. Tests make their
 * own people and spaces, so they need no clean-up and can share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import({TestPeople.class, TestNegotiations.class, SqlStatements.class})
public @interface IntegrationTest {
}
