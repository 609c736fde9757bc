package fi.polku.validation.rdf;

import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;

/**
 * FHIR dates may be partial ({@code 2015}, {@code 2015-03}) and date-times may be plain dates; such
 * values get {@code xsd:gYear}, {@code xsd:gYearMonth} or {@code xsd:date}, as in FHIR's own RDF
 * format, instead of an ill-typed {@code xsd:date} or {@code xsd:dateTime}.
 */
final class PartialDates {

  static final String DATE = XSDDatatype.XSDdate.getURI();
  static final String DATE_TIME = XSDDatatype.XSDdateTime.getURI();
  static final String G_YEAR = XSDDatatype.XSDgYear.getURI();
  static final String G_YEAR_MONTH = XSDDatatype.XSDgYearMonth.getURI();

  private static final Pattern YEAR = Pattern.compile("-?\\d{4,}");
  private static final Pattern YEAR_MONTH = Pattern.compile("-?\\d{4,}-\\d{2}");
  private static final Pattern FULL_DATE = Pattern.compile("-?\\d{4,}-\\d{2}-\\d{2}");

  private PartialDates() {}

  /** The datatype a value of {@code datatype} gets; unchanged unless it is a partial date. */
  static String retype(String datatype, String lexical) {
    boolean date = DATE.equals(datatype);
    boolean dateTime = DATE_TIME.equals(datatype);
    if (!date && !dateTime) {
      return datatype;
    }
    if (YEAR.matcher(lexical).matches()) {
      return G_YEAR;
    }
    if (YEAR_MONTH.matcher(lexical).matches()) {
      return G_YEAR_MONTH;
    }
    if (dateTime && FULL_DATE.matcher(lexical).matches()) {
      return DATE;
    }
    return datatype;
  }
}
