package fi.polku.hub.search;

import fi.polku.hub.index.IndexFields;
import fi.polku.hub.index.Normalizer;
import fi.polku.hub.index.SearchParam;
import fi.polku.hub.index.Token;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * Translates criteria into Hibernate Search predicates over the fields of {@link IndexFields}.
 * Chains and reverse chains are resolved first into bounded sets of references ({@link
 * ChainResolver}); everything else is one predicate per criterion.
 */
final class Predicates {

  private final SearchPredicateFactory f;
  private final ChainResolver chains;
  private final long now;

  Predicates(SearchPredicateFactory f, ChainResolver chains, long now) {
    this.f = f;
    this.chains = chains;
    this.now = now;
  }

  /** All of {@code criteria} on resources of {@code type}. */
  PredicateFinalStep all(String type, List<Criterion> criteria) {
    var and = f.and().add(f.match().field(IndexFields.TYPE).matching(type));
    for (Criterion c : criteria) {
      and.add(of(type, c));
    }
    return and;
  }

  PredicateFinalStep of(String type, Criterion c) {
    if (c instanceof Criterion.Missing m) {
      return missing(m);
    }
    if (c instanceof Criterion.Match m) {
      return match(m);
    }
    if (c instanceof Criterion.Chain ch) {
      return refs(ch.reference().code(), chains.chain(ch));
    }
    return ids(chains.has((Criterion.Has) c, type));
  }

  private PredicateFinalStep missing(Criterion.Missing m) {
    PredicateFinalStep present = f.match().field(IndexFields.PRESENT).matching(m.param().code());
    if (m.param().code().equals("_id") || m.param().code().equals("_lastUpdated")) {
      present = f.matchAll();
    }
    return m.missing() ? f.not(present) : present;
  }

  private PredicateFinalStep match(Criterion.Match m) {
    SearchParam p = m.param();
    if (p.code().equals("_id")) {
      PredicateFinalStep ids = f.terms().field(IndexFields.ID).matchingAny(m.values());
      return "not".equals(m.modifier()) ? f.not(ids) : ids;
    }
    if (p.code().equals("_lastUpdated")) {
      return anyOf(m.values(), v -> DatePredicates.flat(f, IndexFields.UPDATED, v, now));
    }
    String code = p.code();
    return switch (p.type()) {
      case TOKEN -> token(code, m);
      case STRING -> anyOf(m.values(), v -> string(code, m.modifier(), v));
      case DATE -> anyOf(m.values(), v -> DatePredicates.param(f, code, v, now));
      case REFERENCE -> reference(code, m);
      case URI -> anyOf(m.values(), v -> uri(code, m.modifier(), v));
      case NUMBER -> anyOf(m.values(), v -> NumberPredicates.number(f, code, v));
      case QUANTITY -> anyOf(m.values(), v -> NumberPredicates.quantity(f, code, v));
      default -> f.matchNone();
    };
  }

  private PredicateFinalStep token(String code, Criterion.Match m) {
    String mod = m.modifier();
    if ("text".equals(mod)) {
      return anyOf(
          m.values(),
          v -> f.prefix().field(IndexFields.tokenText(code)).matching(Normalizer.normalize(v)));
    }
    if ("of-type".equals(mod)) {
      return f.terms().field(IndexFields.ofType(code)).matchingAny(m.values());
    }
    List<String> terms = m.values().stream().map(Token::query).toList();
    PredicateFinalStep any = f.terms().field(IndexFields.token(code)).matchingAny(terms);
    return "not".equals(mod) ? f.not(any) : any;
  }

  private PredicateFinalStep string(String code, String modifier, String value) {
    if ("exact".equals(modifier)) {
      return f.match().field(IndexFields.exact(code)).matching(value);
    }
    String n = Normalizer.normalize(value);
    if ("contains".equals(modifier)) {
      return f.wildcard().field(IndexFields.string(code)).matching("*" + escapeWildcard(n) + "*");
    }
    return f.prefix().field(IndexFields.string(code)).matching(n);
  }

  private PredicateFinalStep reference(String code, Criterion.Match m) {
    if ("identifier".equals(m.modifier())) {
      List<String> terms = m.values().stream().map(Token::query).toList();
      return f.terms().field(IndexFields.referenceIdentifier(code)).matchingAny(terms);
    }
    List<String> refs = new ArrayList<>();
    for (String v : m.values()) {
      int history = v.indexOf("/_history/");
      refs.add(history < 0 ? v : v.substring(0, history));
    }
    return refs(code, refs);
  }

  private PredicateFinalStep uri(String code, String modifier, String value) {
    if ("below".equals(modifier)) {
      return f.prefix().field(IndexFields.uri(code)).matching(value);
    }
    if ("above".equals(modifier)) {
      List<String> prefixes = new ArrayList<>();
      for (int i = value.indexOf("//") < 0 ? 0 : value.indexOf("//") + 2; i >= 0; ) {
        int slash = value.indexOf('/', i);
        prefixes.add(slash < 0 ? value : value.substring(0, slash));
        i = slash < 0 ? -1 : slash + 1;
      }
      return f.terms().field(IndexFields.uri(code)).matchingAny(prefixes);
    }
    return f.match().field(IndexFields.uri(code)).matching(value);
  }

  private PredicateFinalStep refs(String code, List<String> refs) {
    return refs.isEmpty()
        ? f.matchNone()
        : f.terms().field(IndexFields.reference(code)).matchingAny(refs);
  }

  private PredicateFinalStep ids(List<String> ids) {
    return ids.isEmpty() ? f.matchNone() : f.terms().field(IndexFields.ID).matchingAny(ids);
  }

  private PredicateFinalStep anyOf(
      List<String> values, java.util.function.Function<String, PredicateFinalStep> one) {
    if (values.size() == 1) {
      return one.apply(values.get(0));
    }
    var or = f.or();
    for (String v : values) {
      or.add(one.apply(v));
    }
    return or;
  }

  private static String escapeWildcard(String s) {
    return s.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
  }
}
