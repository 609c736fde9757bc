package fi.polku.hub.it;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Counts the hub's database round trips: every statement execution ({@code execute}, {@code
 * executeQuery}, {@code executeUpdate}, {@code executeBatch}, ...) on a connection of its data
 * source, whatever issues it (Hibernate, the store's native reads and writes, Flyway). Added to a
 * {@link RunningHub#dedicated} hub with the setting {@code spring.main.sources} naming this class.
 */
@Configuration(proxyBeanMethods = false)
public class StatementCounting {

  private static final AtomicLong EXECUTIONS = new AtomicLong();
  private static final Map<String, AtomicLong> BY_SQL = new ConcurrentHashMap<>();

  /** Statement executions so far, in every hub of this JVM that counts. */
  public static long executions() {
    return EXECUTIONS.get();
  }

  /**
   * Statement executions per SQL text (of prepared statements; "(statement)" for plain ones), most
   * executed first: what a failing count shows.
   */
  public static Map<String, Long> bySql() {
    Map<String, Long> out = new LinkedHashMap<>();
    BY_SQL.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get()))
        .forEach(e -> out.put(e.getKey(), e.getValue().get()));
    return out;
  }

  @Bean
  static BeanPostProcessor countingDataSource() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof DataSource ds
            ? proxy(
                ds,
                new Class<?>[] {DataSource.class, AutoCloseable.class},
                StatementCounting::connection,
                null)
            : bean;
      }
    };
  }

  private static Object connection(Object made, Object[] args) {
    return made instanceof Connection c
        ? proxy(c, new Class<?>[] {Connection.class}, StatementCounting::statement, null)
        : made;
  }

  /** A statement the connection made; {@code args} those of the call, the SQL first if prepared. */
  private static Object statement(Object made, Object[] args) {
    String sql = args != null && args.length > 0 && args[0] instanceof String q ? q : "(statement)";
    if (made instanceof CallableStatement s) {
      return proxy(s, new Class<?>[] {CallableStatement.class}, null, sql);
    }
    if (made instanceof PreparedStatement s) {
      return proxy(s, new Class<?>[] {PreparedStatement.class}, null, sql);
    }
    if (made instanceof Statement s) {
      return proxy(s, new Class<?>[] {Statement.class}, null, sql);
    }
    return made;
  }

  /**
   * {@code target} behind {@code interfaces}; what its methods return goes through {@code wrap}
   * (connections from a data source, statements from a connection), and the executions of a
   * statement (one whose {@code sql} is given) are counted.
   */
  private static Object proxy(
      Object target, Class<?>[] interfaces, BiFunction<Object, Object[], Object> wrap, String sql) {
    InvocationHandler handler =
        (self, method, args) -> {
          if (sql != null && method.getName().startsWith("execute")) {
            EXECUTIONS.incrementAndGet();
            BY_SQL.computeIfAbsent(sql, k -> new AtomicLong()).incrementAndGet();
          }
          Object result = invoke(target, method, args);
          return wrap == null ? result : wrap.apply(result, args);
        };
    return Proxy.newProxyInstance(StatementCounting.class.getClassLoader(), interfaces, handler);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
