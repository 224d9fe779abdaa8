package app.commonground;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin installs its own security context strategy, with its own thread-local, in Spring Security's static
 * holder whenever an application starts. A test JVM holds several applications (cached test contexts, apps a
 * test starts itself), and the last one to start would otherwise leave every other one's filters and
 * services looking at different thread-locals. Before each test, the test's own application's strategy is
 * put back, as it is in production, where one JVM runs one application.
 */
class OwnSecurityContextStrategy implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext test) {
        test.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }
}
