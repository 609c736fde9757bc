package fi.polku.hub.index;

import java.util.List;
import org.hl7.fhir.r5.model.Base;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.Identifier;
import org.hl7.fhir.r5.model.Quantity;
import org.hl7.fhir.r5.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes the index fields of one resource: evaluates each compiled search parameter of its type
 * and writes typed values (see {@link IndexFields}). Pure: no I/O, the expressions were parsed at
 * start-up (most to direct navigation of the resource, see {@link DirectPath}).
 */
public final class ResourceIndexer {

  private static final Logger LOG = LoggerFactory.getLogger(ResourceIndexer.class);

  /** Longest string value indexed (longer values are indexed by their start). */
  static final int MAX_TERM = 256;

  private final SearchParamRegistry registry;

  /** Parameters whose failure was logged: a bulk load must not log one line per resource. */
  private final java.util.Set<String> reported = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** An indexer of the parameters of {@code registry}. */
  public ResourceIndexer(SearchParamRegistry registry) {
    this.registry = registry;
  }

  /** The registry whose parameters are indexed. */
  public SearchParamRegistry registry() {
    return registry;
  }

  /**
   * Writes the fields of {@code resource}.
   *
   * @param type resource type
   * @param id logical id
   * @param pid row id
   * @param lastUpdated last updated, epoch milliseconds
   */
  public void index(
      String type, String id, long pid, long lastUpdated, Resource resource, IndexSink sink) {
    sink.keyword(IndexFields.TYPE, type);
    sink.keyword(IndexFields.ID, id);
    sink.longValue(IndexFields.PID, pid);
    sink.longValue(IndexFields.UPDATED, lastUpdated);
    for (SearchParam p : registry.of(type).values()) {
      if (p.fromColumns()) {
        continue;
      }
      List<Base> values;
      try {
        values = p.compiled().evaluate(resource);
      } catch (RuntimeException e) {
        // One bad expression must not make a resource unsearchable by every other parameter.
        if (reported.add(type + "." + p.code())) {
          LOG.warn(
              "Search parameter {}.{} failed: {} (reported once; resources are indexed without it)",
              type,
              p.code(),
              e.getClass().getName());
        }
        continue;
      }
      if (!values.isEmpty() && write(p, values, sink)) {
        sink.keyword(IndexFields.PRESENT, p.code());
      }
    }
  }

  /**
   * The references (as written, {@code Type/id} for relative ones) {@code p} selects on {@code r}.
   */
  public List<String> references(SearchParam p, Resource r) {
    List<String> out = new java.util.ArrayList<>();
    if (p.fromColumns()) {
      return out;
    }
    for (Base b : p.compiled().evaluate(r)) {
      String ref = ValueReader.reference(b);
      if (ref != null) {
        out.add(ref);
      }
    }
    return out;
  }

  private static boolean write(SearchParam p, List<Base> values, IndexSink sink) {
    String code = p.code();
    return switch (p.type()) {
      case TOKEN -> tokens(code, values, sink);
      case STRING -> strings(code, values, sink);
      case DATE -> dates(code, values, sink);
      case REFERENCE -> references(code, values, sink);
      case URI -> uris(code, values, sink);
      case NUMBER -> numbers(code, values, sink);
      case QUANTITY -> quantities(code, values, sink);
      default -> false;
    };
  }

  private static boolean tokens(String code, List<Base> values, IndexSink sink) {
    String smallest = null;
    boolean any = false;
    for (Base b : values) {
      for (ValueReader.Code c : ValueReader.codes(b)) {
        for (String term : Token.terms(c.system(), c.code())) {
          sink.keyword(IndexFields.token(code), cut(term));
          any = true;
        }
        for (String text : c.texts()) {
          sink.keyword(IndexFields.tokenText(code), cut(Normalizer.normalize(text)));
          any = true;
        }
        if (c.code() != null && (smallest == null || c.code().compareTo(smallest) < 0)) {
          smallest = c.code();
        }
      }
      ValueReader.TypedIdentifier typed = ValueReader.typedIdentifier(b);
      if (typed != null) {
        for (Coding t : typed.types()) {
          sink.keyword(
              IndexFields.ofType(code),
              cut(t.getSystem() + "|" + t.getCode() + "|" + typed.value()));
        }
      }
    }
    if (smallest != null) {
      sink.keyword(IndexFields.sortText(code), cut(smallest));
    }
    return any;
  }

  private static boolean strings(String code, List<Base> values, IndexSink sink) {
    String smallest = null;
    for (Base b : values) {
      for (String s : ValueReader.strings(b)) {
        String n = cut(Normalizer.normalize(s));
        sink.keyword(IndexFields.string(code), n);
        sink.keyword(IndexFields.exact(code), cut(s));
        if (smallest == null || n.compareTo(smallest) < 0) {
          smallest = n;
        }
      }
    }
    if (smallest != null) {
      sink.keyword(IndexFields.sortText(code), smallest);
    }
    return smallest != null;
  }

  private static boolean dates(String code, List<Base> values, IndexSink sink) {
    Long smallest = null;
    for (Base b : values) {
      DateRange r = ValueReader.date(b);
      if (r != null) {
        sink.dateRange(IndexFields.date(code), r);
        smallest = smallest == null ? r.low() : Math.min(smallest, r.low());
      }
    }
    if (smallest != null) {
      sink.longValue(IndexFields.sortNumber(code), smallest);
    }
    return smallest != null;
  }

  private static boolean references(String code, List<Base> values, IndexSink sink) {
    String smallest = null;
    boolean any = false;
    for (Base b : values) {
      String ref = ValueReader.reference(b);
      if (ref != null) {
        sink.keyword(IndexFields.reference(code), cut(ref));
        int slash = ref.indexOf('/');
        if (slash > 0 && ref.indexOf('/', slash + 1) < 0 && !ref.contains(":")) {
          // A relative Type/id also answers a search by the bare id.
          sink.keyword(IndexFields.reference(code), cut(ref.substring(slash + 1)));
        }
        smallest = smallest == null || ref.compareTo(smallest) < 0 ? ref : smallest;
        any = true;
      }
      Identifier id = ValueReader.referenceIdentifier(b);
      if (id != null) {
        for (String term : Token.terms(id.getSystem(), id.getValue())) {
          sink.keyword(IndexFields.referenceIdentifier(code), cut(term));
          any = true;
        }
      }
    }
    if (smallest != null) {
      sink.keyword(IndexFields.sortText(code), cut(smallest));
    }
    return any;
  }

  private static boolean uris(String code, List<Base> values, IndexSink sink) {
    String smallest = null;
    for (Base b : values) {
      String u = ValueReader.reference(b);
      if (u != null) {
        sink.keyword(IndexFields.uri(code), cut(u));
        smallest = smallest == null || u.compareTo(smallest) < 0 ? u : smallest;
      }
    }
    if (smallest != null) {
      sink.keyword(IndexFields.sortText(code), cut(smallest));
    }
    return smallest != null;
  }

  private static boolean numbers(String code, List<Base> values, IndexSink sink) {
    Double smallest = null;
    for (Base b : values) {
      Double d = ValueReader.number(b);
      if (d != null) {
        sink.doubleValue(IndexFields.number(code), d);
        smallest = smallest == null ? d : Math.min(smallest, d);
      }
    }
    return smallest != null;
  }

  private static boolean quantities(String code, List<Base> values, IndexSink sink) {
    boolean any = false;
    for (Base b : values) {
      if (b instanceof Quantity q && q.hasValue()) {
        sink.quantity(
            IndexFields.quantity(code), q.getValue().doubleValue(), ValueReader.unitTokens(q));
        any = true;
      }
    }
    return any;
  }

  /** Keyword terms are bounded: a prefix search on the first 256 characters is enough. */
  static String cut(String s) {
    return s.length() <= MAX_TERM ? s : s.substring(0, MAX_TERM);
  }
}
