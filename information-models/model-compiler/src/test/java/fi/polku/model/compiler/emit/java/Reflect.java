package fi.polku.model.compiler.emit.java;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/** Calls methods of classes that only exist once the generated code is compiled. */
final class Reflect {

  private Reflect() {}

  /**
   * Calls the public method {@code name} of {@code target} whose parameters accept {@code args}; an
   * exception thrown by the method is rethrown as is.
   */
  static Object call(Object target, String name, Object... args) {
    return call(target, name, types(args), args);
  }

  /** As {@link #call(Object, String, Object...)}, with explicit parameter types. */
  static Object call(Object target, String name, Class<?>[] types, Object... args) {
    try {
      Method m = target.getClass().getMethod(name, types);
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalStateException(
          "no method " + name + Arrays.toString(types) + " on " + target.getClass(), e);
    }
  }

  /** A new instance of {@code type}. */
  static <T> T create(Class<T> type) {
    try {
      return type.getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?>[] types(Object[] args) {
    return Arrays.stream(args).map(Object::getClass).toArray(Class<?>[]::new);
  }
}
