package fi.polku.hub.terminology;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import fi.polku.hub.problem.Problems;
import java.util.Locale;
import org.hl7.fhir.r5.model.CodeType;

/**
 * The languages of a terminology answer: the one displays are given in and the one messages are
 * written in. The model's code lists carry fi, sv and en names.
 */
final class Languages {

  private Languages() {}

  /** fi, sv or en for a language tag such as {@code sv-FI}; null for any other or none. */
  static String of(String tag) {
    if (tag == null) {
      return null;
    }
    String t = tag.trim().toLowerCase(Locale.ROOT);
    for (String lang : new String[] {"fi", "sv", "en"}) {
      if (t.equals(lang) || t.startsWith(lang + "-")) {
        return lang;
      }
    }
    return null;
  }

  /**
   * The language of displays: {@code displayLanguage}, else the first of fi/sv/en in {@code
   * Accept-Language}, else {@code fallback} (the code system's own language).
   */
  static String display(CodeType displayLanguage, RequestDetails request, String fallback) {
    String asked = of(displayLanguage == null ? null : displayLanguage.getValue());
    if (asked != null) {
      return asked;
    }
    String accepted = accepted(request);
    if (accepted != null) {
      return accepted;
    }
    String own = of(fallback);
    return own != null ? own : "fi";
  }

  /**
   * The language of messages: {@code displayLanguage}, else {@code Accept-Language} as for errors
   * (English when it names none of fi/sv/en), so that a result's message and an error read alike.
   */
  static String message(CodeType displayLanguage, RequestDetails request) {
    String asked = of(displayLanguage == null ? null : displayLanguage.getValue());
    return asked != null ? asked : Problems.language(header(request));
  }

  /** The first of fi/sv/en that {@code Accept-Language} names, or null. */
  private static String accepted(RequestDetails request) {
    String header = header(request);
    if (header == null) {
      return null;
    }
    for (String part : header.split(",")) {
      String lang = of(part.split(";")[0]);
      if (lang != null) {
        return lang;
      }
    }
    return null;
  }

  private static String header(RequestDetails request) {
    return request == null ? null : request.getHeader("Accept-Language");
  }
}
