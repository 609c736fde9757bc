package fi.polku.hub.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.hub.api.RawEntriesSwitch;
import fi.polku.hub.model.HubModel;
import fi.polku.mapping.load.LoadReport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Search pages that send the stored JSON of their resources are byte for byte what HAPI writes when
 * it decodes and encodes every resource, with the same headers: over the KOSKI examples and a
 * city's register export, every stored type, page sizes, includes, sorts and second pages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredJsonResponsesIT {

  /** The change-feed mark of a first page is the time of the request; it differs between two. */
  private static final Pattern MARK =
      Pattern.compile("\"lastUpdated\": ?\"[^\"]+\"|<lastUpdated value=\"[^\"]+\"/>");

  private static final Pattern CURSOR = Pattern.compile("_cursor=[^&\"]+");
  private static final Pattern NEXT = Pattern.compile("\"relation\":\"next\",\"url\":\"([^\"]+)\"");

  private final HttpClient http = HttpClient.newHttpClient();
  private IngestHub hub;

  @BeforeAll
  void loadSamples() throws Exception {
    hub = new IngestHub();
    hub.load(
        "organisation-register",
        Map.of(),
        IngestHub.samples().resolve("organisaatio/hierarkia.json"));
    LoadReport koski = hub.load("koski", Map.of(), IngestHub.samples().resolve("koski-examples"));
    assertThat(koski.totals().created()).isPositive();
    Path vantaa = IngestHub.samples().resolve("cities/092-vantaa");
    String[] school =
        Files.readAllLines(
                vantaa.resolve("register/koulut.csv"), java.nio.charset.StandardCharsets.ISO_8859_1)
            .get(1)
            .split(";", -1);
    String[] header =
        Files.readAllLines(
                vantaa.resolve("register/koulut.csv"), java.nio.charset.StandardCharsets.ISO_8859_1)
            .get(0)
            .split(";", -1);
    String oid = school[List.of(header).indexOf("jarjestaja_oid")];
    hub.load(
        "student-register",
        Map.of("municipality", "092", "provider-oid", oid),
        vantaa.resolve("register"));
  }

  @AfterAll
  void stopHub() {
    RawEntriesSwitch.hapiOnly(false);
    hub.close();
  }

  private HttpResponse<String> get(String url, boolean hapiOnly, String... headers)
      throws Exception {
    RawEntriesSwitch.hapiOnly(hapiOnly);
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
      for (int i = 0; i < headers.length; i += 2) {
        b.header(headers[i], headers[i + 1]);
      }
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } finally {
      RawEntriesSwitch.hapiOnly(false);
    }
  }

  /**
   * Asserts both paths answer {@code url} alike; returns the next page's URL or null. A first page
   * is compared without its change-feed mark (Bundle meta, cursor, Last-Modified), a later page
   * carries its mark in the cursor and is compared whole.
   */
  private String assertSame(String url, String... headers) throws Exception {
    HttpResponse<String> stored = get(url, false, headers);
    HttpResponse<String> hapi = get(url, true, headers);
    boolean later = url.contains("_cursor=");
    assertThat(stored.statusCode()).as(url).isEqualTo(200).isEqualTo(hapi.statusCode());
    assertThat(headers(stored, later)).as(url).isEqualTo(headers(hapi, later));
    assertThat(body(stored, later)).as(url).isEqualTo(body(hapi, later));
    Matcher next = NEXT.matcher(stored.body());
    return next.find() ? next.group(1) : null;
  }

  private static String body(HttpResponse<String> r, boolean later) {
    if (later) {
      return r.body();
    }
    // The Bundle's meta comes first, before any entry's.
    String b = MARK.matcher(r.body()).replaceFirst("mark");
    return CURSOR.matcher(b).replaceAll("_cursor=");
  }

  private static Map<String, List<String>> headers(HttpResponse<String> r, boolean later) {
    Map<String, List<String>> out = new TreeMap<>(r.headers().map());
    out.remove("date");
    out.remove("x-request-id");
    // The server closes a connection after so many requests, whichever path answered.
    out.remove("connection");
    if (!later) {
      out.remove("last-modified");
    }
    return out;
  }

  @Test
  void everyStoredTypeAnswersAsHapiEncodesIt() throws Exception {
    int entries = 0;
    for (Class<?> type : HubModel.storedTypes()) {
      for (String count : List.of("1", "20", "200")) {
        String url = hub.base + "/" + type.getSimpleName() + "?_count=" + count;
        String next = assertSame(url);
        if (next != null) {
          assertSame(next);
        }
      }
      entries +=
          get(hub.base + "/" + type.getSimpleName() + "?_count=200", false)
                  .body()
                  .split("\"fullUrl\"", -1)
                  .length
              - 1;
    }
    assertThat(entries).as("resources compared").isGreaterThan(100);
  }

  @Test
  void includesSortsAndSecondPagesAnswerAsHapiEncodesThem() throws Exception {
    List<String> queries =
        new ArrayList<>(
            List.of(
                "StudyRight?_include=StudyRight:learner&_count=15",
                "StudyRight?_include=*&_count=50",
                "Learner?_revinclude=StudyRight:learner&_count=10",
                "Learner?_revinclude=*&_count=25",
                "StudyRight?_include=StudyRight:school:Organization&_revinclude=*&_count=30",
                "StudyAttainment?_sort=-_lastUpdated&_count=7",
                "Learner?_sort=_lastUpdated&_count=3",
                "StudyAttainment?_count=5&_total=accurate",
                "Organization?_count=40&_format=json",
                "Organization?_count=40&_format=application/fhir%2Bjson&_pretty=false"));
    for (String q : queries) {
      String next = assertSame(hub.base + "/" + q);
      for (int page = 0; next != null && page < 3; page++) {
        next = assertSame(next);
      }
    }
  }

  @Test
  void otherFormatsAndSubsetsStayWithHapi() throws Exception {
    for (String q :
        List.of(
            "StudyAttainment?_count=3&_pretty=true",
            "StudyAttainment?_count=3&_format=xml",
            "StudyAttainment?_count=3&_summary=true",
            "StudyAttainment?_count=3&_summary=data",
            "StudyAttainment?_count=3&_summary=false",
            "StudyAttainment?_count=3&_elements=id",
            "StudyAttainment?_count=0",
            "StudyAttainment?_summary=count")) {
      assertSame(hub.base + "/" + q);
    }
    assertSame(hub.base + "/Learner?_count=5", "Accept", "application/fhir+xml");
    assertSame(hub.base + "/Learner?_count=5", "Accept", "application/json");
  }
}
