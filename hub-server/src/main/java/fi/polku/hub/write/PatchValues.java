package fi.polku.hub.write;

import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.write.FhirPathPatch.Operation;
import fi.polku.hub.write.FhirPathPatch.Value;
import fi.polku.validation.api.Text;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r5.model.Base;
import org.hl7.fhir.r5.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r5.model.Property;

/**
 * The elements of a resource as FHIRPath Patch changes them, through the generic property API every
 * HAPI structure has (the model's generated classes included): looking up an element by name,
 * checking that a value's type fits it, and putting a value ({@code value[x]} or parts) into it.
 * Values are copied, never shared with the patch document.
 */
final class PatchValues {

  private final Operation operation;
  private final String resourceType;

  /** The values of {@code operation}, applied to a resource of {@code resourceType}. */
  PatchValues(Operation operation, String resourceType) {
    this.operation = operation;
    this.resourceType = resourceType;
  }

  /**
   * The property {@code name} of {@code owner}; a choice element may be named with or without its
   * type ({@code value}, {@code valueString}).
   *
   * @throws HubException 400 {@code POLKU-HUB-0122} when {@code owner} has no such element
   */
  Property property(Base owner, String name) {
    Property p;
    try {
      p = owner.getNamedProperty(name.hashCode(), name, false);
    } catch (FHIRException e) {
      p = null;
    }
    if (p == null) {
      throw mismatch(
          new Text(
                  "elementillä {owner} ei ole elementtiä {name}",
                  "elementet {owner} har inget element {name}",
                  "{owner} has no element {name}")
              .format(Map.of("owner", owner.fhirType(), "name", name)));
    }
    return p;
  }

  /** Whether {@code p} may hold more than one value. */
  static boolean isList(Property p) {
    return p.getMaxCardinality() > 1;
  }

  /** The values {@code p} holds now; primitives without value or extensions do not count. */
  static List<Base> present(Property p) {
    return p.getValues().stream().filter(v -> v != null && !v.isEmpty()).toList();
  }

  /**
   * Puts {@code value} into element {@code name} of {@code owner}: appended to a list, set on a
   * single element. {@code name} as the patch names it, so a choice given as parts carries its type
   * ({@code valueCoding}).
   *
   * @return the value as now held by {@code owner}
   */
  Base put(Base owner, String name, Value value) {
    Property p = property(owner, name);
    if (value.datatype() != null) {
      Base copy = value.datatype().copy();
      checkType(p, name, copy);
      return set(owner, p.getName(), copy);
    }
    return build(owner, name, p, value.parts());
  }

  /** Sets the already checked {@code value} on {@code owner}'s element {@code canonicalName}. */
  Base set(Base owner, String canonicalName, Base value) {
    try {
      return owner.setProperty(canonicalName, value);
    } catch (FHIRException | IllegalArgumentException | ClassCastException e) {
      // The HAPI message may quote the value (a code it does not know): say only where.
      throw refused(owner, canonicalName);
    }
  }

  /** Removes {@code value} from {@code owner}'s element {@code canonicalName}. */
  void remove(Base owner, String canonicalName, Base value) {
    try {
      owner.removeChild(canonicalName, value);
    } catch (FHIRException e) {
      throw refused(owner, canonicalName);
    }
  }

  /**
   * Checks that {@code value} may be put in {@code p} (named {@code name} by the patch): its type
   * is one of the element's types, and the one a typed choice name says ({@code valueString}).
   */
  void checkType(Property p, String name, Base value) {
    Set<String> allowed = types(p);
    String type = value.fhirType();
    boolean fits = allowed.contains("*") || allowed.contains(type);
    if (fits && p.getName().endsWith("[x]") && !name.equals(p.getName())) {
      String stem = p.getName().substring(0, p.getName().length() - 3);
      fits = name.equalsIgnoreCase(stem + type) || name.equals(stem);
    }
    if (!fits) {
      throw mismatch(
          new Text(
                  "elementin {name} tyyppi on {expected}, mutta arvo on tyyppiä {actual}",
                  "elementet {name} har typen {expected}, men värdet är av typen {actual}",
                  "element {name} is of type {expected}, but the value is a {actual}")
              .format(
                  Map.of("name", name, "expected", String.join(" | ", allowed), "actual", type)));
    }
  }

  /** A complex value given as parts: created in {@code owner}, then filled part by part. */
  private Base build(
      Base owner, String name, Property p, List<ParametersParameterComponent> parts) {
    Set<String> allowed = types(p);
    boolean primitive =
        allowed.stream().allMatch(t -> !t.isEmpty() && Character.isLowerCase(t.charAt(0)));
    if (primitive) {
      throw mismatch(
          new Text(
                  "elementin {name} arvo annetaan value[x]-muodossa, ei osina",
                  "elementet {name} får sitt värde som value[x], inte som delar",
                  "the value of element {name} is given as value[x], not as parts")
              .format(Map.of("name", name)));
    }
    if (p.getName().endsWith("[x]") && name.equals(p.getName().replace("[x]", ""))) {
      throw mismatch(
          new Text(
                  "valinnaistyyppisen elementin {name} tyyppi on kerrottava nimessä, kuten"
                      + " {name}Coding",
                  "typen för valelementet {name} ska anges i namnet, som {name}Coding",
                  "the type of choice element {name} must be in the name, such as {name}Coding")
              .format(Map.of("name", name)));
    }
    Base created;
    try {
      created = owner.addChild(name);
    } catch (FHIRException e) {
      throw refused(owner, name);
    }
    Set<String> single = new HashSet<>();
    for (ParametersParameterComponent part : parts) {
      String partName = part.getName() == null ? "" : part.getName();
      Property child = property(created, partName);
      if (!isList(child) && !single.add(child.getName())) {
        throw mismatch(
            new Text(
                    "osa {name} on annettu useammin kuin kerran, mutta elementillä on vain yksi"
                        + " arvo",
                    "delen {name} förekommer mer än en gång, men elementet har bara ett värde",
                    "part {name} is given more than once, but the element has one value")
                .format(Map.of("name", partName)));
      }
      if (part.hasResource() || part.hasValue() == part.hasPart()) {
        throw mismatch(
            new Text(
                    "osalla {name} on oltava täsmälleen toinen: arvo (value[x]) tai osat (part)",
                    "delen {name} ska ha exakt ett av två: ett värde (value[x]) eller delar"
                        + " (part)",
                    "part {name} must have exactly one of a value (value[x]) or parts")
                .format(Map.of("name", partName)));
      }
      put(created, partName, new Value(part.getValue(), part.getPart()));
    }
    return created;
  }

  /**
   * The type codes of {@code p}, without target profiles: {@code Reference(Learner)} is Reference.
   */
  private static Set<String> types(Property p) {
    Set<String> out = new HashSet<>();
    for (String t : Arrays.asList(p.getTypeCode().split("\\|"))) {
      int paren = t.indexOf('(');
      out.add((paren < 0 ? t : t.substring(0, paren)).trim());
    }
    return out;
  }

  private HubException refused(Base owner, String name) {
    return mismatch(
        new Text(
                "elementti {owner}.{name} ei hyväksy annettua arvoa",
                "elementet {owner}.{name} tar inte emot det givna värdet",
                "element {owner}.{name} does not accept the value given")
            .format(Map.of("owner", owner.fhirType(), "name", name)));
  }

  /** 400 {@code POLKU-HUB-0122}: the operation does not fit the resource's structure. */
  HubException mismatch(Text detail) {
    return new HubException(
        HubCodes.PATCH_MODEL_MISMATCH,
        Map.of("operation", operation.label(), "type", resourceType),
        Map.of("detail", detail));
  }
}
