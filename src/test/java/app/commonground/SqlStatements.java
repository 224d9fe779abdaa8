package app.commonground;

import com.zaxxer.hikari.HikariDataSource;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;

/**
 * Counts the SQL statements the application prepares, through every path (JPA and plain JDBC alike), by
 * wrapping the connections the pool hands out. A count is deterministic, unlike a time, so tests may assert it.
 * It counts per thread: a browserless test's own requests and the pushes it runs to other windows all run on
 * the test's thread, while the server's background jobs (the periodic session check, a gap check left by an
 * earlier test) run on their own and would otherwise make a count depend on timing.
 */
public class SqlStatements implements BeanPostProcessor {

    private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall", "createStatement");

    private final ThreadLocal<long[]> prepared = ThreadLocal.withInitial(() -> new long[1]);

    /** How many statements the calling thread prepared since it started. */
    public long count() {
        return prepared.get()[0];
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof HikariDataSource pool)) {
            return bean;
        }
        ProxyFactory counting = new ProxyFactory(pool);
        counting.setProxyTargetClass(true);
        counting.addAdvice((MethodInterceptor) call -> {
            Object result = call.proceed();
            return result instanceof Connection connection && call.getMethod().getName().equals("getConnection")
                    ? counted(connection) : result;
        });
        return counting.getProxy();
    }

    private Connection counted(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (PREPARING.contains(method.getName())) {
                        prepared.get()[0]++;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
