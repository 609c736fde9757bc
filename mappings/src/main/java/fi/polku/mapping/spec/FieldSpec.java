package fi.polku.mapping.spec;

import java.util.List;

/**
 * One field mapping: where a value comes from, how it is converted and where it goes. A field
 * either maps a value ({@code from}, {@code value} or {@code template}) or builds a nested
 * structure from its own {@code fields} (or a named {@code group}), once or for each element of
 * {@code each}.
 *
 * @param to target element path relative to the resource or the enclosing structure
 * @param from source field (column, or JSON path relative to the current scope)
 * @param value constant value ({@code ${parameter}} allowed)
 * @param template text built from source fields ({@code {column}}) and parameters
 * @param as conversion ({@code string}, {@code date}, {@code code}, {@code reference}, ...)
 * @param required whether an empty value rejects the record
 * @param sensitive whether the value is personal data (never put into messages)
 * @param when condition for mapping the field at all
 * @param format date/time pattern overriding the source's
 * @param system code or identifier system
 * @param translate ConceptMap (id or URL) translating local codes
 * @param property ConceptMap target property giving the value instead of the code
 * @param defaultValue value used when the source is empty, or a known code has no target
 * @param identifierType identifier type code ({@code personal-identity-code})
 * @param use identifier use ({@code official}, {@code secondary})
 * @param transforms text transformations applied first ({@code trim}, {@code upper}, {@code lower})
 * @param pattern regular expression the value must match
 * @param group capturing group of {@code pattern} that is the value (0: the whole match)
 * @param split separator splitting one text into repeated values
 * @param resource name of the referenced resource (references)
 * @param key template of the referenced resource's source key (references)
 * @param target referenced resource type (references by identifier)
 * @param each paths of repeated parts: the nested fields are applied to each element
 * @param fields nested field mappings
 * @param fieldGroup name of a spec-level group of fields
 * @param exportWhen condition on the value an export writes back for this field, or null: where
 *     several fields map to one element, it says which of them the stored value goes back to
 * @param loc where it is written
 */
public record FieldSpec(
    String to,
    String from,
    String value,
    String template,
    String as,
    boolean required,
    boolean sensitive,
    ConditionSpec when,
    String format,
    String system,
    String translate,
    String property,
    String defaultValue,
    String identifierType,
    String use,
    List<String> transforms,
    String pattern,
    Integer group,
    String split,
    String resource,
    String key,
    String target,
    List<String> each,
    List<FieldSpec> fields,
    String fieldGroup,
    ConditionSpec exportWhen,
    Loc loc) {

  /** Whether this field builds a nested structure rather than mapping one value. */
  public boolean isStructure() {
    return fields != null || fieldGroup != null;
  }
}
