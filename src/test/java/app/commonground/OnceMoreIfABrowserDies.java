package app.commonground;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.openqa.selenium.NoSuchSessionException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * A headless Chromium process that dies in the middle of a test (rare, and the app's pages cannot cause it:
 * WebDriver then answers "invalid session id") decides nothing about the app. The test runs once more, in
 * fresh browsers, and says so on the build's output; any other failure, or a second death, fails the test.
 */
public final class OnceMoreIfABrowserDies implements InvocationInterceptor {

    /** A test class that can throw its browsers away and open them as they were before the test began. */
    public interface FreshBrowsers {
        void openFreshBrowsers() throws Exception;
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                    ExtensionContext test) throws Throwable {
        try {
            invocation.proceed();
        } catch (NoSuchSessionException died) {
            String why = died.getRawMessage().lines().findFirst().orElse("");
            System.err.println("A browser died during " + test.getDisplayName() + " (" + why
                    + "); running the test once more in fresh browsers.");
            Object instance = test.getRequiredTestInstance();
            ((FreshBrowsers) instance).openFreshBrowsers();
            try {
                call.getExecutable().invoke(instance, call.getArguments().toArray());
            } catch (InvocationTargetException failed) {
                throw failed.getCause();
            }
        }
    }
}
