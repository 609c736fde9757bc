package fi.polku.hub.write;

import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.validation.api.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r5.model.DataType;
import org.hl7.fhir.r5.model.IntegerType;
import org.hl7.fhir.r5.model.Parameters;
import org.hl7.fhir.r5.model.Parameters.ParametersParameterComponent;

/**
 * A FHIRPath Patch document (https://hl7.org/fhir/R5/fhirpatch.html): a Parameters resource whose
 * {@code operation} parameters each name a type ({@code add}, {@code insert}, {@code delete},
 * {@code replace}, {@code move}) and the parts that type needs. Parsing checks the document's shape
 * only (400 {@code POLKU-HUB-0120}); {@link FhirPathPatcher} applies it to a resource.
 */
public final class FhirPathPatch {

  /** The operation types of the spec, each with the parts it requires. */
  public enum Type {
    ADD(Set.of("path", "name", "value")),
    INSERT(Set.of("path", "value", "index")),
    DELETE(Set.of("path")),
    REPLACE(Set.of("path", "value")),
    MOVE(Set.of("path", "source", "destination"));

    private final Set<String> parts;

    Type(Set<String> parts) {
      this.parts = parts;
    }

    /** The code in the document: {@code add}, {@code insert}, ... */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The value of an add, insert or replace: either a datatype ({@code value[x]}) or, for a complex
   * value, the parts that fill its elements (the spec allows both).
   *
   * @param datatype the {@code value[x]}, or null when the value is given as parts
   * @param parts the parts naming the value's elements, empty when {@code datatype} is given
   */
  public record Value(DataType datatype, List<ParametersParameterComponent> parts) {
    public Value {
      parts = List.copyOf(parts);
    }
  }

  /**
   * One operation of the document.
   *
   * @param number its position in the document, from 0 (as in messages)
   * @param type what it does
   * @param path the FHIRPath expression it applies at
   * @param name the element an add adds, else null
   * @param value the value of an add, insert or replace, else null
   * @param index the position of an insert, else null
   * @param source the position a move takes from, else null
   * @param destination the position a move puts to, else null
   */
  public record Operation(
      int number,
      Type type,
      String path,
      String name,
      Value value,
      Integer index,
      Integer source,
      Integer destination) {

    /** How messages name the operation: {@code 2 (replace)}. */
    public String label() {
      return number + " (" + type.code() + ")";
    }
  }

  private static final Set<String> PART_NAMES =
      Set.of("type", "path", "name", "value", "index", "source", "destination");

  private final List<Operation> operations;

  private FhirPathPatch(List<Operation> operations) {
    this.operations = operations;
  }

  /**
   * Parses the operations of {@code parameters}.
   *
   * @throws HubException 400 {@code POLKU-HUB-0120} when a parameter is not a well-formed operation
   */
  public static FhirPathPatch parse(Parameters parameters) {
    List<Operation> ops = new ArrayList<>();
    List<ParametersParameterComponent> params = parameters.getParameter();
    for (int i = 0; i < params.size(); i++) {
      ops.add(operation(i, params.get(i)));
    }
    return new FhirPathPatch(List.copyOf(ops));
  }

  /** The operations, in the order they apply. */
  public List<Operation> operations() {
    return operations;
  }

  private static Operation operation(int number, ParametersParameterComponent p) {
    if (!"operation".equals(p.getName())) {
      throw invalid(
          number,
          new Text(
              "parametrin nimen on oltava 'operation', ei '{name}'",
              "parameterns namn ska vara 'operation', inte '{name}'",
              "the parameter's name must be 'operation', not '{name}'"),
          Map.of("name", String.valueOf(p.getName())));
    }
    if (p.hasValue() || p.hasResource()) {
      throw invalid(
          number,
          new Text(
              "operaation tiedot annetaan osina (part), ei arvona",
              "operationens uppgifter anges som delar (part), inte som ett värde",
              "an operation is given as parts, not as a value"),
          Map.of());
    }
    Map<String, ParametersParameterComponent> parts = partsByName(number, p);
    Type type = type(number, parts.get("type"));
    for (String name : parts.keySet()) {
      if (!name.equals("type") && !type.parts.contains(name)) {
        throw invalid(
            number,
            new Text(
                "osa '{part}' ei kuulu {type}-operaatioon",
                "delen '{part}' hör inte till en {type}-operation",
                "part '{part}' does not belong to a {type} operation"),
            Map.of("part", name, "type", type.code()));
      }
    }
    for (String name : type.parts) {
      if (!parts.containsKey(name)) {
        throw invalid(
            number,
            new Text(
                "{type}-operaatiolta puuttuu osa '{part}'",
                "{type}-operationen saknar delen '{part}'",
                "the {type} operation has no part '{part}'"),
            Map.of("part", name, "type", type.code()));
      }
    }
    return new Operation(
        number,
        type,
        string(number, parts.get("path")),
        parts.containsKey("name") ? string(number, parts.get("name")) : null,
        parts.containsKey("value") ? value(number, parts.get("value")) : null,
        position(number, parts.get("index")),
        position(number, parts.get("source")),
        position(number, parts.get("destination")));
  }

  /** The parts of operation {@code number} by name; an unknown or repeated part is refused. */
  private static Map<String, ParametersParameterComponent> partsByName(
      int number, ParametersParameterComponent p) {
    Map<String, ParametersParameterComponent> parts = new HashMap<>();
    for (ParametersParameterComponent part : p.getPart()) {
      String name = part.getName();
      if (name == null || !PART_NAMES.contains(name)) {
        throw invalid(
            number,
            new Text(
                "tuntematon osa '{part}' (osat ovat type, path, name, value, index, source ja"
                    + " destination)",
                "okänd del '{part}' (delarna är type, path, name, value, index, source och"
                    + " destination)",
                "unknown part '{part}' (the parts are type, path, name, value, index, source and"
                    + " destination)"),
            Map.of("part", String.valueOf(name)));
      }
      if (parts.put(name, part) != null) {
        throw invalid(
            number,
            new Text(
                "osa '{part}' on annettu useammin kuin kerran",
                "delen '{part}' förekommer mer än en gång",
                "part '{part}' is given more than once"),
            Map.of("part", name));
      }
    }
    return parts;
  }

  private static Type type(int number, ParametersParameterComponent part) {
    String code = part == null || !part.hasValue() ? null : part.getValue().primitiveValue();
    if (code == null) {
      throw invalid(
          number,
          new Text(
              "operaatiolta puuttuu osa 'type' (add, insert, delete, replace tai move)",
              "operationen saknar delen 'type' (add, insert, delete, replace eller move)",
              "the operation has no part 'type' (add, insert, delete, replace or move)"),
          Map.of());
    }
    for (Type t : Type.values()) {
      if (t.code().equals(code)) {
        return t;
      }
    }
    throw invalid(
        number,
        new Text(
            "osan 'type' on oltava add, insert, delete, replace tai move, ei '{type}'",
            "delen 'type' ska vara add, insert, delete, replace eller move, inte '{type}'",
            "part 'type' must be add, insert, delete, replace or move, not '{type}'"),
        Map.of("type", code));
  }

  /** The text of a part whose value is a primitive (path, name). */
  private static String string(int number, ParametersParameterComponent part) {
    String text =
        part.hasValue() && part.getValue().isPrimitive() ? part.getValue().primitiveValue() : null;
    if (text == null || text.isBlank()) {
      throw invalid(
          number,
          new Text(
              "osan '{part}' arvon on oltava merkkijono (valueString)",
              "delen '{part}' ska ha en sträng som värde (valueString)",
              "part '{part}' must have a string value (valueString)"),
          Map.of("part", part.getName()));
    }
    return text.strip();
  }

  /** An index, source or destination: an integer of at least 0. */
  private static Integer position(int number, ParametersParameterComponent part) {
    if (part == null) {
      return null;
    }
    if (!(part.getValue() instanceof IntegerType i) || i.getValue() == null || i.getValue() < 0) {
      throw invalid(
          number,
          new Text(
              "osan '{part}' arvon on oltava kokonaisluku, joka on vähintään 0 (valueInteger)",
              "delen '{part}' ska ha ett heltal som är minst 0 som värde (valueInteger)",
              "part '{part}' must have an integer value of at least 0 (valueInteger)"),
          Map.of("part", part.getName()));
    }
    return i.getValue();
  }

  private static Value value(int number, ParametersParameterComponent part) {
    if (part.hasResource() || part.hasValue() == part.hasPart()) {
      throw invalid(
          number,
          new Text(
              "osalla 'value' on oltava täsmälleen toinen: arvo (value[x]) tai osat (part)",
              "delen 'value' ska ha exakt ett av två: ett värde (value[x]) eller delar (part)",
              "part 'value' must have exactly one of a value (value[x]) or parts"),
          Map.of());
    }
    return new Value(part.getValue(), part.getPart());
  }

  private static HubException invalid(int number, Text detail, Map<String, String> params) {
    Text prefixed =
        new Text("operaatio {n}: ", "operation {n}: ", "operation {n}: ")
            .format(Map.of("n", Integer.toString(number)));
    Text filled = detail.format(params);
    return HubException.withDetail(
        HubCodes.INVALID_FHIRPATH_PATCH,
        new Text(
            prefixed.fi() + filled.fi(), prefixed.sv() + filled.sv(), prefixed.en() + filled.en()));
  }
}
