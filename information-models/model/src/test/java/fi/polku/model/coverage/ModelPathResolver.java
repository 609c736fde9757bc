package fi.polku.model.coverage;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r5.model.ElementDefinition;
import org.hl7.fhir.r5.model.StructureDefinition;

/**
 * Resolves a dotted element path such as {@code StudyAttainment.part.assessment.grade.coding.code}
 * or {@code Organization.extension:municipality.valueCoding.code} against the model's
 * StructureDefinition snapshots, continuing into FHIR core datatypes, content references, choice
 * elements and extension definitions, the way a reader of the model would.
 */
final class ModelPathResolver {

  private static final String CORE = "http://hl7.org/fhir/StructureDefinition/";

  private final Map<String, StructureDefinition> byTypeName = new HashMap<>();
  private final Map<String, StructureDefinition> byUrl = new HashMap<>();
  private final DefaultProfileValidationSupport core;

  ModelPathResolver(FhirContext fhir, List<StructureDefinition> modelDefinitions) {
    this.core = new DefaultProfileValidationSupport(fhir);
    for (StructureDefinition sd : modelDefinitions) {
      byUrl.put(sd.getUrl(), sd);
      // A profile stands for its base type: Organization paths resolve in PolkuOrganization.
      if (!"Extension".equals(sd.getType())) {
        byTypeName.put(sd.getType(), sd);
      }
    }
  }

  /** Empty when the path resolves; otherwise why not. */
  Optional<String> problem(String path) {
    String[] segments = path.split("\\.");
    StructureDefinition sd = typeDefinition(segments[0]);
    if (sd == null) {
      return Optional.of("unknown type '" + segments[0] + "'");
    }
    String id = segments[0];
    for (int i = 1; i < segments.length; i++) {
      String seg = segments[i];
      ElementDefinition next = find(sd, id + "." + seg);
      if (next != null) {
        id = next.getId();
        if (next.hasContentReference()) {
          String ref = next.getContentReference();
          id = ref.substring(ref.indexOf('#') + 1);
        }
        continue;
      }
      // Not an element of this structure: step into the current element's type.
      ElementDefinition current = find(sd, id);
      StructureDefinition typeSd = current == null ? null : typeOf(current, lastSegment(id));
      if (typeSd == null) {
        return Optional.of("'" + seg + "' is not an element of " + id);
      }
      sd = typeSd;
      id = typeSd.getType();
      i--; // resolve the same segment again inside the type
      if (find(sd, id + "." + seg) == null) {
        return Optional.of(
            "'" + seg + "' is not an element of " + current.getId() + " (" + id + ")");
      }
    }
    return Optional.empty();
  }

  private StructureDefinition typeDefinition(String name) {
    StructureDefinition sd = byTypeName.get(name);
    return sd != null ? sd : (StructureDefinition) core.fetchStructureDefinition(CORE + name);
  }

  /** The element with this id, also matching a typed choice name ({@code valueCoding}). */
  private static ElementDefinition find(StructureDefinition sd, String id) {
    for (ElementDefinition e : sd.getSnapshot().getElement()) {
      if (e.getId().equals(id)) {
        return e;
      }
    }
    int dot = id.lastIndexOf('.');
    String parent = id.substring(0, dot);
    String name = id.substring(dot + 1);
    for (ElementDefinition e : sd.getSnapshot().getElement()) {
      String eid = e.getId();
      if (eid.endsWith("[x]") && eid.startsWith(parent + ".")) {
        String stem = eid.substring(parent.length() + 1, eid.length() - 3);
        if (name.startsWith(stem) && !stem.contains(".")) {
          String typeName = name.substring(stem.length());
          if (e.getType().stream().anyMatch(t -> t.getCode().equalsIgnoreCase(typeName))) {
            ElementDefinition typed = e.copy();
            typed.setId(id);
            return typed;
          }
        }
      }
    }
    return null;
  }

  /** The definition of an element's type: an extension's profile, or its (single) datatype. */
  private StructureDefinition typeOf(ElementDefinition e, String segment) {
    if (e.getType().isEmpty()) {
      return null;
    }
    ElementDefinition.TypeRefComponent t = e.getType().get(0);
    if (e.getType().size() > 1) {
      // A typed choice name such as valueCoding picks its type.
      for (ElementDefinition.TypeRefComponent c : e.getType()) {
        if (segment.toLowerCase().endsWith(c.getCode().toLowerCase())) {
          t = c;
        }
      }
    }
    if (t.getCode().equals("Extension") && t.hasProfile()) {
      return byUrl.get(t.getProfile().get(0).getValue());
    }
    return (StructureDefinition) core.fetchStructureDefinition(CORE + t.getCode());
  }

  private static String lastSegment(String id) {
    return id.substring(id.lastIndexOf('.') + 1);
  }
}
