package fi.polku.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.parser.IParser;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hl7.fhir.r5.model.Bundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The search conformance suite: the cases of {@code search/conformance.tsv} (written from the FHIR
 * R5 search specification, with the expected result of each) run against a hub holding exactly
 * {@code search/dataset.json}. Subclasses say which hub (which index backend); the cases and
 * expectations are the same for all.
 */
abstract class SearchConformanceSuite {

  private static final int MAX_PAGES = 50;

  /** The hub under test, loaded with the data set. */
  abstract RunningHub hub();

  /**
   * Loads the data set into {@code hub} and returns the hub: two transactions, since a group
   * membership is only valid once its learner's study right is stored.
   */
  static RunningHub loaded(RunningHub hub) {
    for (String file : List.of("search/dataset.json", "search/dataset-memberships.json")) {
      HttpResponse<String> r =
          hub.send(
              hub.request("")
                  .header("Content-Type", "application/fhir+json")
                  .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Fixtures.text(file))));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
    return hub;
  }

  /** {@code query} with what a URI may not hold as is (non-ASCII letters, bars) percent-encoded. */
  static String encoded(String query) {
    StringBuilder b = new StringBuilder();
    for (byte x : query.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if (c > 127 || c == '|' || c == ' ') {
        b.append('%').append(String.format("%02X", c));
      } else {
        b.append((char) c);
      }
    }
    return b.toString();
  }

  /**
   * {@code start}, run once: later calls get the same hub, or the same failure (a hub that failed
   * to start or load is not started again for every case).
   */
  static Supplier<RunningHub> once(Supplier<RunningHub> start) {
    return new Supplier<>() {
      private RunningHub hub;
      private RuntimeException failure;

      @Override
      public synchronized RunningHub get() {
        if (hub == null && failure == null) {
          try {
            hub = start.get();
          } catch (RuntimeException | AssertionError e) {
            failure = new IllegalStateException("The hub under test did not start", e);
          }
        }
        if (failure != null) {
          throw failure;
        }
        return hub;
      }
    };
  }

  /** The cases, one per non-comment line of the table. */
  static Stream<SearchCase> cases() {
    return Fixtures.text("search/conformance.tsv")
        .lines()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(SearchCase::parse);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void answersAsTheSpecificationSays(SearchCase c) {
    RunningHub hub = hub();
    IParser json = RunningHub.FHIR.newJsonParser();
    HttpResponse<String> first = get(hub, hub.base() + "/" + encoded(c.query()), c.lenient());
    if (c.error() != null) {
      assertThat(first.statusCode()).as(first.body()).isEqualTo(400);
      assertThat(first.body()).contains(c.error()).contains("OperationOutcome");
      return;
    }
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    Bundle page = json.parseResource(Bundle.class, first.body());
    checkTotal(c, page);
    List<String> matches = new ArrayList<>();
    Set<String> included = new LinkedHashSet<>();
    for (int n = 0; page != null; n++) {
      assertThat(n).as("pages").isLessThan(MAX_PAGES);
      for (Bundle.BundleEntryComponent e : page.getEntry()) {
        String id = e.getResource().getIdElement().getIdPart();
        if (e.getSearch().getMode() == Bundle.SearchEntryMode.INCLUDE) {
          included.add(id);
        } else {
          matches.add(id);
        }
      }
      Bundle.BundleLinkComponent next = page.getLink(Bundle.LinkRelationTypes.NEXT.toCode());
      page =
          next == null
              ? null
              : json.parseResource(Bundle.class, get(hub, next.getUrl(), c.lenient()).body());
    }
    if (c.query().contains("_summary=count")) {
      assertThat(matches).isEmpty();
      return;
    }
    if (c.sorted()) {
      assertThat(matches).containsExactlyElementsOf(c.matches());
    } else {
      assertThat(matches).containsExactlyInAnyOrderElementsOf(c.matches());
    }
    if (c.included() != null) {
      assertThat(included).containsExactlyInAnyOrderElementsOf(c.included());
    }
  }

  private static void checkTotal(SearchCase c, Bundle first) {
    if (c.query().contains("_total=none")) {
      assertThat(first.hasTotal()).as("total").isFalse();
    } else if (c.query().contains("_total=accurate") || c.query().contains("_summary=count")) {
      assertThat(first.getTotal()).as("total").isEqualTo(c.matches().size());
    } else if (first.hasTotal()) {
      assertThat(first.getTotal()).as("total").isEqualTo(c.matches().size());
    }
  }

  private static HttpResponse<String> get(RunningHub hub, String url, boolean lenient) {
    var request =
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
            .header("Accept", "application/fhir+json")
            .timeout(java.time.Duration.ofSeconds(60));
    if (lenient) {
      request.header("Prefer", "handling=lenient");
    }
    return hub.send(request);
  }

  /**
   * One row of the table.
   *
   * @param query the search, relative to the base
   * @param lenient whether it is sent with {@code Prefer: handling=lenient}
   * @param matches expected match ids
   * @param included expected included ids; null when not checked
   * @param error the expected error code; null when the search must succeed
   */
  record SearchCase(
      String query, boolean lenient, List<String> matches, List<String> included, String error) {

    static SearchCase parse(String line) {
      String[] cols = line.split("\t");
      String query = cols[0].trim();
      boolean lenient = query.startsWith("lenient ");
      if (lenient) {
        query = query.substring("lenient ".length());
      }
      String expected = cols[1].trim();
      if (expected.startsWith("400:")) {
        return new SearchCase(query, lenient, List.of(), null, expected.substring(4));
      }
      List<String> included = cols.length > 2 ? ids(cols[2]) : null;
      return new SearchCase(query, lenient, ids(expected), included, null);
    }

    private static List<String> ids(String col) {
      String s = col.trim();
      return s.equals("-") ? List.of() : Arrays.asList(s.split(","));
    }

    boolean sorted() {
      return query.contains("_sort=");
    }

    @Override
    public String toString() {
      return (lenient ? "lenient " : "") + query;
    }
  }
}
