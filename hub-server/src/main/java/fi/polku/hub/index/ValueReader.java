package fi.polku.hub.index;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r5.model.Address;
import org.hl7.fhir.r5.model.Base;
import org.hl7.fhir.r5.model.BaseDateTimeType;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.CodeableReference;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.ContactPoint;
import org.hl7.fhir.r5.model.Enumeration;
import org.hl7.fhir.r5.model.HumanName;
import org.hl7.fhir.r5.model.Identifier;
import org.hl7.fhir.r5.model.Period;
import org.hl7.fhir.r5.model.PrimitiveType;
import org.hl7.fhir.r5.model.Quantity;
import org.hl7.fhir.r5.model.Reference;
import org.hl7.fhir.r5.model.StringType;

/**
 * Reads the values of FHIR datatypes as the search parameter types see them (FHIR R5 search,
 * "Search parameter types": which elements of which datatype a token, string, date, reference,
 * number or quantity parameter matches).
 */
final class ValueReader {

  private ValueReader() {}

  /** A code with its system (null when none) and its display texts. */
  record Code(String system, String code, List<String> texts) {}

  /** An identifier with its type codings, for {@code :of-type}. */
  record TypedIdentifier(String value, List<Coding> types) {}

  static List<Code> codes(Base b) {
    List<Code> out = new ArrayList<>();
    if (b instanceof Coding c) {
      out.add(new Code(c.getSystem(), c.getCode(), texts(c.getDisplay())));
    } else if (b instanceof CodeableConcept cc) {
      List<String> texts = texts(cc.getText());
      for (Coding c : cc.getCoding()) {
        List<String> t = new ArrayList<>(texts);
        t.addAll(texts(c.getDisplay()));
        out.add(new Code(c.getSystem(), c.getCode(), t));
      }
      if (cc.getCoding().isEmpty() && !texts.isEmpty()) {
        out.add(new Code(null, null, texts));
      }
    } else if (b instanceof CodeableReference cr && cr.hasConcept()) {
      out.addAll(codes(cr.getConcept()));
    } else if (b instanceof Identifier id) {
      List<String> texts = id.hasType() ? texts(id.getType().getText()) : List.of();
      out.add(new Code(id.getSystem(), id.getValue(), texts));
    } else if (b instanceof ContactPoint cp) {
      out.add(new Code(null, cp.getValue(), List.of()));
    } else if (b instanceof Enumeration<?> e) {
      out.add(new Code(e.getSystem(), e.getCode(), List.of()));
    } else if (b instanceof PrimitiveType<?> p && p.hasValue()) {
      out.add(new Code(null, p.primitiveValue(), List.of()));
    }
    return out;
  }

  static TypedIdentifier typedIdentifier(Base b) {
    if (b instanceof Identifier id && id.hasValue() && id.hasType()) {
      return new TypedIdentifier(id.getValue(), id.getType().getCoding());
    }
    return null;
  }

  static List<String> strings(Base b) {
    List<String> out = new ArrayList<>();
    if (b instanceof HumanName n) {
      add(out, n.getFamily());
      n.getGiven().forEach(g -> add(out, g.getValue()));
      n.getPrefix().forEach(g -> add(out, g.getValue()));
      n.getSuffix().forEach(g -> add(out, g.getValue()));
      add(out, n.getText());
    } else if (b instanceof Address a) {
      a.getLine().forEach(l -> add(out, l.getValue()));
      add(out, a.getCity());
      add(out, a.getDistrict());
      add(out, a.getState());
      add(out, a.getPostalCode());
      add(out, a.getCountry());
      add(out, a.getText());
    } else if (b instanceof PrimitiveType<?> p && p.hasValue()) {
      add(out, p.primitiveValue());
    }
    return out;
  }

  static DateRange date(Base b) {
    try {
      if (b instanceof BaseDateTimeType d && d.hasValue()) {
        return DateRange.parse(d.getValueAsString());
      }
      if (b instanceof Period p && (p.hasStart() || p.hasEnd())) {
        return DateRange.period(
            p.hasStart() ? p.getStartElement().getValueAsString() : null,
            p.hasEnd() ? p.getEndElement().getValueAsString() : null);
      }
      if (b instanceof StringType s && s.hasValue()) {
        return DateRange.parse(s.getValue());
      }
    } catch (IllegalArgumentException e) {
      // Not a date after all (a string extension, say): nothing to index.
    }
    return null;
  }

  /** The references of {@code b}: relative ones as {@code Type/id} without a version. */
  static String reference(Base b) {
    if (b instanceof Reference r && r.hasReference()) {
      String ref = r.getReference();
      int history = ref.indexOf("/_history/");
      return history < 0 ? ref : ref.substring(0, history);
    }
    if (b instanceof CodeableReference cr && cr.hasReference()) {
      return reference(cr.getReference());
    }
    if (b instanceof PrimitiveType<?> p && p.hasValue()) {
      return p.primitiveValue();
    }
    return null;
  }

  static Identifier referenceIdentifier(Base b) {
    if (b instanceof Reference r && r.hasIdentifier()) {
      return r.getIdentifier();
    }
    return null;
  }

  static Double number(Base b) {
    if (b instanceof Quantity q && q.hasValue()) {
      return q.getValue().doubleValue();
    }
    if (b instanceof PrimitiveType<?> p && p.hasValue()) {
      try {
        return Double.valueOf(p.primitiveValue());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  static List<String> unitTokens(Quantity q) {
    List<String> out = new ArrayList<>(Token.terms(q.getSystem(), q.getCode()));
    if (q.hasUnit()) {
      out.add(Token.any(q.getUnit()));
    }
    return out;
  }

  private static List<String> texts(String s) {
    return s == null || s.isBlank() ? List.of() : List.of(s);
  }

  private static void add(List<String> out, String s) {
    if (s != null && !s.isBlank()) {
      out.add(s);
    }
  }
}
