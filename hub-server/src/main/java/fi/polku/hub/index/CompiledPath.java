package fi.polku.hub.index;

import java.util.List;
import org.hl7.fhir.r5.model.Base;

/** A search parameter's FHIRPath, compiled once: evaluated on each resource indexed. */
public interface CompiledPath {

  /** The values the expression selects on {@code resource}. */
  List<Base> evaluate(Base resource);

  /**
   * Whether the expression is evaluated by direct navigation of the resource rather than by the
   * FHIRPath engine.
   */
  boolean direct();
}
