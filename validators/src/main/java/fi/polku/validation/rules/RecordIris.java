package fi.polku.validation.rules;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * IRIs of records in rule graphs: {@code <base><Type>/<id>}, the same IRIs the projection gives
 * references, so that a reference and the record it points to are one node.
 */
final class RecordIris {

  /** A literal reference, {@code Type/id} (FHIR id syntax). */
  private static final Pattern LITERAL = Pattern.compile("[A-Z][A-Za-z0-9]*/[A-Za-z0-9\\-.]{1,64}");

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

  private final String base;
  private final IRIx baseIri;
  private final boolean appendable;

  /**
   * @param base the {@code @base} of the JSON-LD context, e.g. {@code https://polku.fi/fhir/}
   */
  RecordIris(String base) {
    this.base = base;
    this.baseIri = IRIx.create(base);
    this.appendable =
        baseIri.isAbsolute()
            && base.endsWith("/")
            && base.indexOf('?') < 0
            && base.indexOf('#') < 0;
  }

  /** The IRI of record {@code id} of {@code type}; a fresh one when it has no usable id (new). */
  String of(String type, String id) {
    if (id == null || !ID.matcher(id).matches()) {
      // Only unique within the graph of one validation: no need for UUID.randomUUID(), whose
      // SecureRandom is a shared lock and costs more than the rest of naming a record.
      ThreadLocalRandom random = ThreadLocalRandom.current();
      long most = (random.nextLong() & ~0xF000L) | 0x4000L;
      long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
      return "urn:uuid:" + new UUID(most, least);
    }
    return base + type + "/" + id;
  }

  /** The IRI a reference projects to, or {@code null} if it is not a valid IRI reference. */
  String iriOf(String reference) {
    if (appendable && isLiteral(reference) && !isDotSegment(reference)) {
      // Resolving Type/id against a base ending in '/' appends it; parsing IRIs costs more.
      return base + reference;
    }
    try {
      return baseIri.resolve(reference).str();
    } catch (IRIException e) {
      return null;
    }
  }

  /**
   * What to ask a resolver for: a reference under the base becomes relative ({@code
   * https://polku.fi/fhir/Learner/1/_history/2} → {@code Learner/1}); others are passed on as they
   * are (conditional references, other servers).
   */
  String forResolver(String reference) {
    String r = reference.startsWith(base) ? reference.substring(base.length()) : reference;
    int history = r.indexOf("/_history/");
    return history > 0 && LITERAL.matcher(r.substring(0, history)).matches()
        ? r.substring(0, history)
        : r;
  }

  /** True for {@code Type/.} and {@code Type/..}, which resolve as dot segments. */
  private static boolean isDotSegment(String literal) {
    return literal.endsWith("/.") || literal.endsWith("/..");
  }

  /** True for {@code Type/id}. */
  static boolean isLiteral(String reference) {
    return LITERAL.matcher(reference).matches();
  }

  /** {@code iri} relative to the base when it is under it ({@code Learner/1}), else unchanged. */
  String relative(String iri) {
    return iri.startsWith(base) ? iri.substring(base.length()) : iri;
  }
}
