package fi.polku.model.compiler.ir;

import java.util.List;
import java.util.Map;

/**
 * A code list, compiled to a CodeSystem and a ValueSet with all its codes. Comes either from the
 * national code service (koodisto) snapshots or from SKOS concept schemes in the model.
 *
 * @param id short id used in file names and the ValueSet URL, e.g. {@code kunta}
 * @param codeSystemUrl canonical URL of the CodeSystem
 * @param valueSetUrl canonical URL of the ValueSet that includes every code
 * @param version code list version
 * @param title name in fi/sv/en
 * @param description description in fi/sv/en
 * @param validFrom first day the list is valid, ISO date or {@code null}
 * @param validTo last day the list is valid, ISO date or {@code null}
 * @param properties property definitions used by the concepts (code to description)
 * @param concepts the codes
 * @param content FHIR CodeSystem content mode: {@code complete} when every code is listed, {@code
 *     not-present} for an external code list the model refers to without carrying its codes
 * @param origin where the list came from, for documentation and attribution
 */
public record CodeList(
    String id,
    String codeSystemUrl,
    String valueSetUrl,
    String version,
    LocalizedText title,
    LocalizedText description,
    String validFrom,
    String validTo,
    List<PropertyDef> properties,
    List<Concept> concepts,
    String content,
    String origin) {

  public CodeList {
    properties = List.copyOf(properties);
    concepts = List.copyOf(concepts);
  }

  /** True when the code list's codes are part of the model package. */
  public boolean isComplete() {
    return "complete".equals(content);
  }

  /** A CodeSystem property definition. */
  public record PropertyDef(String code, String type, String uri, String description) {}

  /**
   * A code.
   *
   * @param code the code value
   * @param display names in fi/sv/en (some may be missing in the source data)
   * @param version version of the code in its code list, or {@code null}
   * @param validFrom first day the code is valid, or {@code null}
   * @param validTo last day the code is valid, or {@code null}
   * @param properties property values: property code to values (codes of related concepts,
   *     booleans, dates as strings)
   */
  public record Concept(
      String code,
      LocalizedText display,
      String version,
      String validFrom,
      String validTo,
      Map<String, List<String>> properties) {

    public Concept {
      properties = Map.copyOf(properties);
    }
  }
}
