package fi.polku.model.compiler.emit.java;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r5.model.BackboneElement;
import org.hl7.fhir.r5.model.DomainResource;

/**
 * The methods a generated class inherits from HAPI, read by reflection so that an element whose
 * accessors would accidentally override one of them (an element {@code resourceType} would turn
 * into {@code getResourceType()}) is detected whatever the HAPI version.
 */
final class InheritedMembers {

  private final Map<Class<?>, Set<String>> cache = new HashMap<>();

  /** {@code DomainResource} for a resource class, {@code BackboneElement} for a component. */
  Class<?> superclassFor(boolean resource) {
    return resource ? DomainResource.class : BackboneElement.class;
  }

  /**
   * True when one of {@code signatures} ({@code name/arity}, see {@link AccessorWriter#signatures})
   * matches a method of {@code superclass} or its ancestors. Arity rather than exact parameter
   * types is compared: it errs on the safe side, since an overload that differs only in parameter
   * type would still confuse readers of the API.
   */
  boolean clashes(Class<?> superclass, Collection<String> signatures) {
    Set<String> own = cache.computeIfAbsent(superclass, InheritedMembers::collect);
    return signatures.stream().anyMatch(own::contains);
  }

  private static Set<String> collect(Class<?> cls) {
    Set<String> out = new HashSet<>();
    addAll(cls, out, new HashSet<>());
    return out;
  }

  private static void addAll(Class<?> c, Set<String> out, Set<Class<?>> seen) {
    if (c == null || !seen.add(c)) {
      return;
    }
    for (Method m : c.getDeclaredMethods()) {
      out.add(m.getName() + "/" + m.getParameterCount());
    }
    addAll(c.getSuperclass(), out, seen);
    for (Class<?> i : c.getInterfaces()) {
      addAll(i, out, seen);
    }
  }
}
