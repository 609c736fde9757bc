package fi.polku.validation.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase1;
import org.apache.jena.sparql.function.FunctionBase2;
import org.apache.jena.sparql.function.FunctionRegistry;

/**
 * SPARQL functions for comparing FHIR dates in rules. FHIR dates may be partial ({@code 2015},
 * {@code 2015-03}; projected as {@code xsd:gYear}, {@code xsd:gYearMonth}) and periods may have no
 * end, so a date is read as the range of days it may denote: {@code earliest} and {@code latest}
 * give its first and last possible day as {@code xsd:date}. A rule reports a date as out of range
 * only when every day it may denote is: {@code latest(?d) < earliest(?start)}.
 *
 * <ul>
 *   <li>{@code pr:earliest(?date)}, {@code pr:latest(?date)}: for {@code xsd:date}, {@code
 *       xsd:dateTime} (its calendar day as written; the time and zone are ignored), {@code
 *       xsd:gYearMonth}, {@code xsd:gYear}. Anything else is a SPARQL evaluation error, so a rule
 *       comparing a malformed date does not fire (structural validation reports the date).
 *   <li>{@code pr:fullYears(?from, ?to)}: whole years from one {@code xsd:date} to another, e.g. an
 *       age.
 * </ul>
 */
final class RuleFunctions {

  static final String EARLIEST = RuleVocabulary.NS + "earliest";
  static final String LATEST = RuleVocabulary.NS + "latest";
  static final String FULL_YEARS = RuleVocabulary.NS + "fullYears";

  private static final Pattern DATE =
      Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T[0-9:.]+(?:Z|[+-]\\d{2}:\\d{2})?)?)?)?");

  private static volatile boolean registered;

  private RuleFunctions() {}

  /** Registers the functions with ARQ, once per JVM; they are stateless and thread-safe. */
  static void register() {
    if (registered) {
      return;
    }
    synchronized (RuleFunctions.class) {
      if (!registered) {
        FunctionRegistry registry = FunctionRegistry.get();
        registry.put(EARLIEST, uri -> new Bound(false));
        registry.put(LATEST, uri -> new Bound(true));
        registry.put(FULL_YEARS, uri -> new FullYears());
        registered = true;
      }
    }
  }

  /** The first ({@code latest == false}) or last day a FHIR date may denote. */
  static LocalDate bound(Node date, boolean latest) {
    if (date == null || !date.isLiteral()) {
      throw new ExprEvalException("Not a date: " + date);
    }
    Matcher m = DATE.matcher(date.getLiteralLexicalForm());
    if (!m.matches()) {
      throw new ExprEvalException("Not a date: " + date.getLiteralLexicalForm());
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return latest ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
      }
      YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
      if (m.group(3) == null) {
        return latest ? month.atEndOfMonth() : month.atDay(1);
      }
      return month.atDay(Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      throw new ExprEvalException("Not a date: " + date.getLiteralLexicalForm());
    }
  }

  private static NodeValue date(LocalDate d) {
    return NodeValue.makeDate(d.toString());
  }

  /** {@code pr:earliest} and {@code pr:latest}. */
  private static final class Bound extends FunctionBase1 {

    private final boolean latest;

    Bound(boolean latest) {
      this.latest = latest;
    }

    @Override
    public NodeValue exec(NodeValue v) {
      return date(bound(v.asNode(), latest));
    }
  }

  /** {@code pr:fullYears(?from, ?to)}: whole years between two full dates. */
  private static final class FullYears extends FunctionBase2 {

    @Override
    public NodeValue exec(NodeValue from, NodeValue to) {
      LocalDate a = bound(from.asNode(), false);
      LocalDate b = bound(to.asNode(), false);
      return NodeValue.makeInteger(Period.between(a, b).getYears());
    }
  }
}
