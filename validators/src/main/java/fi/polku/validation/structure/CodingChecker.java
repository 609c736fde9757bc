package fi.polku.validation.structure;

import fi.polku.validation.catalogue.TerminologyCodes;
import fi.polku.validation.parse.JsonArray;
import fi.polku.validation.parse.JsonObject;
import fi.polku.validation.parse.JsonValue;
import fi.polku.validation.parse.PathText;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Checks coded values: bindings (required: error; extensible: warning when a code of the value
 * set's own code system is not in it), codes unknown to a code system Polku fully knows, and code
 * validity on the record's date (see {@link ConceptValidity} and {@link RecordDates}).
 */
final class CodingChecker {

  private final Terminology terminology;
  private final IssueSink sink;

  CodingChecker(Terminology terminology, IssueSink sink) {
    this.terminology = terminology;
    this.sink = sink;
  }

  /** Any Coding: the code must exist in its (known, complete) system and be valid on the date. */
  void coding(JsonObject coding, Loc loc, Supplier<LocalDate> date) {
    String system = coding.string("system");
    String code = coding.string("code");
    if (system == null || code == null) {
      return;
    }
    CodeSystemInfo cs = terminology.codeSystem(system);
    if (cs == null) {
      return;
    }
    if (cs.complete() && !cs.codes().contains(code)) {
      sink.add(
          TerminologyCodes.UNKNOWN_CODE,
          loc.child("code"),
          "terminology",
          "code",
          token(code),
          "system",
          token(system));
      return;
    }
    validity(cs, code, loc.child("code"), date);
  }

  /** A FHIR {@code code} element bound to {@code binding}. */
  void code(Binding binding, String code, Loc loc, Supplier<LocalDate> date) {
    CodeSet.Membership m = binding.codes().containsCode(code);
    String system = binding.codes().singleSystem();
    if (m == CodeSet.Membership.OUT) {
      sink.add(
          binding.required()
              ? TerminologyCodes.NOT_IN_REQUIRED_VALUE_SET
              : TerminologyCodes.NOT_IN_EXTENSIBLE_VALUE_SET,
          loc,
          "binding",
          "code",
          token(code),
          "system",
          system == null ? "-" : token(system),
          "valueSet",
          binding.valueSet());
    } else if (m == CodeSet.Membership.IN && system != null) {
      CodeSystemInfo cs = terminology.codeSystem(system);
      if (cs != null) {
        validity(cs, code, loc, date);
      }
    }
  }

  /** A Coding or CodeableConcept bound to {@code binding}. */
  void binding(Binding binding, String type, JsonObject value, Loc loc, Supplier<LocalDate> date) {
    if (type.equals("Coding")) {
      codings(binding, new JsonObject[] {value}, new Loc[] {loc}, loc);
    } else if (type.equals("CodeableConcept")) {
      JsonValue list = value.get("coding");
      if (!(list instanceof JsonArray array) || array.size() == 0) {
        if (binding.required()) {
          sink.add(
              TerminologyCodes.NO_CODE_FOR_REQUIRED,
              loc,
              "binding",
              "valueSet",
              binding.valueSet());
        }
        return;
      }
      JsonObject[] codings = new JsonObject[array.size()];
      Loc[] locs = new Loc[array.size()];
      for (int i = 0; i < codings.length; i++) {
        codings[i] = array.items().get(i) instanceof JsonObject o ? o : null;
        locs[i] = loc.child("coding", i);
      }
      codings(binding, codings, locs, loc);
    }
  }

  /**
   * The codings of one element: fine if any is in the value set (or cannot be checked); otherwise
   * each coding is reported, as an error for a required binding and a warning for an extensible
   * one. Codings whose code their own code system does not know are left to {@link #coding}, which
   * reports them more precisely.
   */
  private void codings(Binding binding, JsonObject[] codings, Loc[] locs, Loc loc) {
    boolean anyIn = false;
    boolean anyUnknown = false;
    boolean anyCode = false;
    for (JsonObject c : codings) {
      if (c == null || c.string("code") == null) {
        continue;
      }
      anyCode = true;
      CodeSet.Membership m = binding.codes().contains(c.string("system"), c.string("code"));
      anyIn |= m == CodeSet.Membership.IN;
      anyUnknown |= m == CodeSet.Membership.UNKNOWN;
    }
    if (!anyCode) {
      if (binding.required()) {
        sink.add(
            TerminologyCodes.NO_CODE_FOR_REQUIRED, loc, "binding", "valueSet", binding.valueSet());
      }
      return;
    }
    for (int i = 0; i < codings.length; i++) {
      JsonObject c = codings[i];
      if (c == null || c.string("code") == null) {
        continue;
      }
      String system = c.string("system");
      String code = c.string("code");
      if (system == null) {
        if (binding.required()) {
          sink.add(TerminologyCodes.CODING_WITHOUT_SYSTEM, locs[i], "binding", "code", token(code));
        }
        continue;
      }
      if (anyIn
          || anyUnknown
          || unknownInOwnSystem(system, code)
          || (!binding.required() && !binding.codes().hasSystem(system))) {
        continue;
      }
      sink.add(
          binding.required()
              ? TerminologyCodes.NOT_IN_REQUIRED_VALUE_SET
              : TerminologyCodes.NOT_IN_EXTENSIBLE_VALUE_SET,
          locs[i],
          "binding",
          "code",
          token(code),
          "system",
          token(system),
          "valueSet",
          binding.valueSet());
    }
  }

  private boolean unknownInOwnSystem(String system, String code) {
    CodeSystemInfo cs = terminology.codeSystem(system);
    return cs != null && cs.complete() && !cs.codes().contains(code);
  }

  private void validity(CodeSystemInfo cs, String code, Loc loc, Supplier<LocalDate> date) {
    ConceptValidity v = cs.validity().get(code);
    if (v == null) {
      return;
    }
    LocalDate day = date.get();
    String system = token(cs.url());
    if (v.validFrom() != null && day.isBefore(v.validFrom())) {
      sink.add(
          TerminologyCodes.CODE_NOT_YET_VALID,
          loc,
          "code-validity",
          "code",
          token(code),
          "system",
          system,
          "validFrom",
          v.validFrom().toString(),
          "date",
          day.toString());
    } else if (v.validTo() != null && day.isAfter(v.validTo())) {
      sink.add(
          TerminologyCodes.CODE_EXPIRED,
          loc,
          "code-validity",
          "code",
          token(code),
          "system",
          system,
          "validTo",
          v.validTo().toString(),
          "date",
          day.toString());
    } else if (v.inactive() && (v.inactiveFrom() == null || !day.isBefore(v.inactiveFrom()))) {
      if (v.successors().isEmpty()) {
        sink.add(
            TerminologyCodes.CODE_INACTIVE,
            loc,
            "code-validity",
            "code",
            token(code),
            "system",
            system,
            "date",
            day.toString());
      } else {
        sink.add(
            TerminologyCodes.CODE_INACTIVE_WITH_SUCCESSOR,
            loc,
            "code-validity",
            "code",
            token(code),
            "system",
            system,
            "date",
            day.toString(),
            "successor",
            token(String.join(", ", v.successors())));
      }
    }
  }

  private static String token(String value) {
    return PathText.token(value, 200);
  }
}
