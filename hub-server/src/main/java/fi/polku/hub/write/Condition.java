package fi.polku.hub.write;

import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.store.ContentEncoder;
import fi.polku.hub.store.SearchCriteria;
import fi.polku.validation.api.Text;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The search condition of a conditional create ({@code If-None-Exist}), update, delete or
 * reference, such as {@code Learner?identifier=urn:oid:1.2.246.21|010115A9875}. The hub answers
 * conditions on {@code _id} and {@code identifier}.
 *
 * @param type the resource type searched
 * @param criteria the parsed criteria
 * @param normalized a canonical form (type, decoded parameters sorted) for {@link #hash}
 * @param text the condition as given, for messages
 */
public record Condition(String type, SearchCriteria criteria, String normalized, String text) {

  /**
   * Parses {@code condition}, with or without a leading {@code Type?} (URL-encoded or not).
   *
   * @param type the type the condition applies to
   */
  public static Condition parse(String type, String condition) {
    String query = condition.trim();
    int q = query.indexOf('?');
    if (q >= 0) {
      String prefix = query.substring(0, q);
      if (!prefix.isEmpty() && !prefix.equals(type) && !prefix.endsWith("/" + type)) {
        throw invalid(
            new Text(
                    "ehto koskee tyyppiä {prefix} eikä tyyppiä {type}",
                    "villkoret gäller {prefix}, inte {type}",
                    "the condition is for {prefix}, not {type}")
                .format(Map.of("prefix", prefix, "type", type)));
      }
      query = query.substring(q + 1);
    }
    List<String> ids = new ArrayList<>();
    List<List<SearchCriteria.Token>> identifiers = new ArrayList<>();
    TreeSet<String> normalizedParts = new TreeSet<>();
    for (String part : query.split("&")) {
      if (part.isBlank()) {
        continue;
      }
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw invalid(
            new Text(
                    "'{part}' ei ole muotoa nimi=arvo",
                    "'{part}' har inte formen namn=värde",
                    "'{part}' is not name=value")
                .format(Map.of("part", part)));
      }
      String name = decode(part.substring(0, eq));
      String value = decode(part.substring(eq + 1));
      if (value.isBlank()) {
        throw invalid(
            new Text(
                    "parametrilla {name} ei ole arvoa",
                    "parametern {name} saknar värde",
                    "parameter {name} has no value")
                .format(Map.of("name", name)));
      }
      normalizedParts.add(name + "=" + value);
      switch (name) {
        case "_id" -> ids.addAll(List.of(value.split(",")));
        case "identifier" -> identifiers.add(tokens(value));
        default ->
            // Not 0106: the parameter may well be one the type's searches take.
            throw new HubException(
                HubCodes.UNSUPPORTED_CONDITION_PARAMETER, Map.of("parameter", name));
      }
    }
    if (normalizedParts.isEmpty()) {
      throw invalid(new Text("ehto on tyhjä", "villkoret är tomt", "the condition is empty"));
    }
    SearchCriteria criteria = new SearchCriteria(List.copyOf(ids), identifiers, null, null);
    return new Condition(type, criteria, type + "?" + String.join("&", normalizedParts), condition);
  }

  /** SHA-256 of {@link #normalized}: the key of the conditional-create claim. */
  public String hash() {
    return ContentEncoder.sha256(normalized);
  }

  /** The identifier if the condition is exactly one identifier with a system, else null. */
  public SearchCriteria.Token singleIdentifier() {
    if (criteria.ids().isEmpty()
        && criteria.identifiers().size() == 1
        && criteria.identifiers().get(0).size() == 1
        && criteria.identifiers().get(0).get(0).system() != null) {
      return criteria.identifiers().get(0).get(0);
    }
    return null;
  }

  /**
   * The OR-list of a token parameter. FHIR search escapes {@code ,} {@code |} {@code $} and {@code
   * \} in values with a backslash: {@code a\,b} is one value containing a comma.
   */
  private static List<SearchCriteria.Token> tokens(String value) {
    List<SearchCriteria.Token> out = new ArrayList<>();
    for (String t : splitUnescaped(value, ',')) {
      List<String> parts = splitUnescaped(t, '|');
      out.add(
          parts.size() == 1
              ? new SearchCriteria.Token(null, unescape(t))
              : new SearchCriteria.Token(
                  unescape(parts.get(0)), unescape(t.substring(parts.get(0).length() + 1))));
    }
    return out;
  }

  private static List<String> splitUnescaped(String s, char separator) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == separator) {
        out.add(s.substring(start, i));
        start = i + 1;
      }
    }
    out.add(s.substring(start));
    return out;
  }

  private static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        c = s.charAt(++i);
      }
      b.append(c);
    }
    return b.toString();
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid(
          new Text("virheellinen URL-koodaus", "felaktig URL-kodning", "malformed URL encoding"));
    }
  }

  private static HubException invalid(Text detail) {
    return HubException.withDetail(HubCodes.INVALID_CONDITION, detail);
  }
}
