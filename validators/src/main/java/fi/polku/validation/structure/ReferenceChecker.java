package fi.polku.validation.structure;

import fi.polku.validation.catalogue.ReferenceCodes;
import fi.polku.validation.parse.JsonObject;
import fi.polku.validation.parse.PathText;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a Reference: the form of {@code reference} and that the type it points to (from the
 * reference text, a contained resource or {@code type}) is one of the element's target types. The
 * HL7 validator checks target types only for references it can resolve; Polku checks them always,
 * so {@code StudyRight.learner} pointing to an Organization is rejected on write.
 */
final class ReferenceChecker {

  private static final Pattern TYPE = Pattern.compile("[A-Z][A-Za-z0-9]{0,63}");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
  private static final int MAX_LENGTH = 4096;

  private final IssueSink sink;

  ReferenceChecker(IssueSink sink) {
    this.sink = sink;
  }

  /**
   * Checks {@code ref}.
   *
   * @param targets allowed target types; empty or containing {@code Resource} means any
   * @param contained types of the containing resource's contained resources, by id
   * @param containerType the type of the resource the reference is in (for {@code #})
   */
  void check(
      JsonObject ref,
      Set<String> targets,
      Loc loc,
      Map<String, String> contained,
      String containerType) {
    String reference = ref.string("reference");
    String declared = typeName(ref.string("type"));
    String pointed = null;
    if (reference != null) {
      if (reference.startsWith("#")) {
        String id = reference.substring(1);
        pointed = id.isEmpty() ? containerType : contained.get(id);
        if (pointed == null) {
          sink.add(
              ReferenceCodes.CONTAINED_NOT_FOUND,
              loc.child("reference"),
              "ref-1",
              "id",
              PathText.token(id, 64));
          return;
        }
      } else if (reference.startsWith("urn:uuid:") || reference.startsWith("urn:oid:")) {
        pointed = null; // a Bundle-local or logical id: its type is not in the text
      } else {
        pointed = typeOf(reference);
        if (pointed == null) {
          sink.add(ReferenceCodes.FORMAT, loc.child("reference"), "reference");
          return;
        }
      }
    }
    if (declared != null && pointed != null && !declared.equals(pointed)) {
      sink.add(
          ReferenceCodes.TYPE_CONFLICT,
          loc,
          "reference",
          "declared",
          PathText.safeType(declared),
          "actual",
          pointed);
      return;
    }
    String actual = pointed != null ? pointed : declared;
    if (actual != null
        && !targets.isEmpty()
        && !targets.contains("Resource")
        && !targets.contains(actual)) {
      sink.add(
          ReferenceCodes.TARGET_TYPE,
          loc,
          "reference",
          "type",
          PathText.safeType(actual),
          "allowed",
          String.join(", ", targets));
    }
  }

  /**
   * The resource type in a literal reference: {@code Type/id}, {@code Type/id/_history/v}, an
   * absolute URL ending so, or a conditional {@code Type?query}; null if it is none of these.
   */
  static String typeOf(String reference) {
    if (reference.length() > MAX_LENGTH || reference.isEmpty()) {
      return null;
    }
    int query = reference.indexOf('?');
    if (query > 0 && reference.indexOf('/') < 0) {
      String type = reference.substring(0, query);
      return TYPE.matcher(type).matches() ? type : null;
    }
    String path = reference;
    if (path.startsWith("http://") || path.startsWith("https://")) {
      int slash = path.indexOf('/', path.indexOf("//") + 2);
      if (slash < 0) {
        return null;
      }
      path = path.substring(slash + 1);
    }
    int history = path.indexOf("/_history/");
    if (history >= 0) {
      if (!ID.matcher(path.substring(history + 10)).matches()) {
        return null;
      }
      path = path.substring(0, history);
    }
    String[] parts = path.split("/", -1);
    if (parts.length < 2) {
      return null;
    }
    String type = parts[parts.length - 2];
    String id = parts[parts.length - 1];
    return TYPE.matcher(type).matches() && ID.matcher(id).matches() ? type : null;
  }

  /** Reference.type as a type name: a plain name, or the last segment of a definition URL. */
  private static String typeName(String type) {
    if (type == null) {
      return null;
    }
    int slash = type.lastIndexOf('/');
    return slash >= 0 ? type.substring(slash + 1) : type;
  }
}
