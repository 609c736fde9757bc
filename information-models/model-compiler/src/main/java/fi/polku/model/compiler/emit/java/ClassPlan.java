package fi.polku.model.compiler.emit.java;

import com.squareup.javapoet.ClassName;
import fi.polku.model.compiler.ir.LocalizedText;
import java.util.List;

/**
 * A class to generate: a resource class or one of its nested backbone components.
 *
 * @param className the Java class
 * @param fhirType what {@code fhirType()} returns: the resource name, or the backbone's path
 * @param resource true for the resource class, false for a backbone component
 * @param label name of the resource or backbone, for Javadoc
 * @param definition definition of the resource or backbone, for Javadoc
 * @param children the elements, in order
 */
record ClassPlan(
    ClassName className,
    String fhirType,
    boolean resource,
    LocalizedText label,
    LocalizedText definition,
    List<ChildPlan> children) {

  ClassPlan {
    children = List.copyOf(children);
  }

  /** The HAPI superclass: {@code DomainResource} or {@code BackboneElement}. */
  ClassName superclass() {
    return ClassName.get(
        FhirTypeMapping.R5_PACKAGE, resource ? "DomainResource" : "BackboneElement");
  }
}
