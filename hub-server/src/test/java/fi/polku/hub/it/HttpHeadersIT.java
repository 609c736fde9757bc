package fi.polku.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Header semantics over raw HTTP: ETag, Last-Modified, Location, If-Match, If-None-Match,
 * If-Modified-Since, Prefer, CORS, content negotiation, and OperationOutcomes with stable codes on
 * errors.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Db.class)
class HttpHeadersIT {

  private static final String FHIR_JSON = "application/fhir+json";

  private final RunningHub hub;

  HttpHeadersIT(Db db) {
    this.hub = RunningHub.on(db);
  }

  private HttpResponse<String> post(String json, String... headers) {
    return hub.send(
        hub.request("Learner")
            .headers(headers.length == 0 ? new String[] {"X-None", "-"} : headers)
            .header("Content-Type", FHIR_JSON)
            .POST(BodyPublishers.ofString(json)));
  }

  private String created() {
    HttpResponse<String> r = post(Fixtures.learnerJson(Fixtures.ids(), "Header"));
    assertThat(r.statusCode()).isEqualTo(201);
    String location = r.headers().firstValue("Location").orElseThrow();
    return location.substring(location.indexOf("Learner/"), location.indexOf("/_history"));
  }

  @Test
  void createAnswers201WithLocationOfTheVersionETagAndLastModified() {
    HttpResponse<String> r = post(Fixtures.learnerJson(Fixtures.ids(), "Header"));

    assertThat(r.statusCode()).isEqualTo(201);
    assertThat(r.headers().firstValue("Location").orElseThrow())
        .startsWith(hub.base() + "/Learner/")
        .endsWith("/_history/1");
    assertThat(r.headers().firstValue("ETag")).contains("W/\"1\"");
    assertThat(r.headers().firstValue("Last-Modified")).isPresent();
    assertThat(r.body()).contains("\"resourceType\":\"Learner\"");
  }

  @Test
  void behindAReverseProxyLocationsAndLinksNameTheProxysUrl() {
    // The tests' requests come from 127.0.0.1, an internal address whose forwarding headers the
    // hub trusts, as it would from a TLS-terminating proxy in front of it.
    String[] proxy = {
      "X-Forwarded-Proto",
      "https",
      "X-Forwarded-Host",
      "polku.example.fi",
      "X-Forwarded-Port",
      "443"
    };
    HttpResponse<String> created = post(Fixtures.learnerJson(Fixtures.ids(), "Proxied"), proxy);
    String location = created.headers().firstValue("Location").orElseThrow();
    String ref = location.substring(location.indexOf("Learner/"), location.indexOf("/_history"));
    HttpResponse<String> search =
        hub.send(hub.request("Learner?_id=" + ref.substring(8)).headers(proxy).GET());

    assertThat(location).startsWith("https://polku.example.fi/fhir/Learner/");
    assertThat(search.body())
        .contains("\"fullUrl\":\"https://polku.example.fi/fhir/" + ref + "\"")
        .doesNotContain(hub.base());
  }

  @Test
  void readAnswersWithETagAndLastModifiedAndIfNoneMatchGives304() {
    String ref = created();

    HttpResponse<String> read = hub.send(hub.request(ref).GET());
    HttpResponse<String> again =
        hub.send(hub.request(ref).header("If-None-Match", "W/\"1\"").GET());

    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.headers().firstValue("ETag")).contains("W/\"1\"");
    assertThat(read.headers().firstValue("Last-Modified")).isPresent();
    assertThat(again.statusCode()).isEqualTo(304);
  }

  @Test
  void ifModifiedSinceTheVersionsLastModifiedGives304AndAnEarlierTimeTheResource() {
    String ref = created();
    String lastModified =
        hub.send(hub.request(ref).GET()).headers().firstValue("Last-Modified").orElseThrow();

    HttpResponse<String> same =
        hub.send(hub.request(ref).header("If-Modified-Since", lastModified).GET());
    HttpResponse<String> earlier =
        hub.send(
            hub.request(ref).header("If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").GET());
    HttpResponse<String> etagWins =
        hub.send(
            hub.request(ref)
                .header("If-Modified-Since", lastModified)
                .header("If-None-Match", "W/\"9\"")
                .GET());

    assertThat(same.statusCode()).isEqualTo(304);
    assertThat(same.body()).isEmpty();
    assertThat(earlier.statusCode()).isEqualTo(200);
    assertThat(etagWins.statusCode()).isEqualTo(200);
  }

  @Test
  void browserApplicationsOfTheConfiguredOriginsGetCorsAnswersAndOthersAreRefused() {
    String ref = created();
    HttpResponse<String> preflight =
        hub.send(
            hub.request(ref)
                .header("Origin", RunningHub.CORS_ORIGIN)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "content-type,if-match")
                .method("OPTIONS", BodyPublishers.noBody()));
    HttpResponse<String> read =
        hub.send(hub.request(ref).header("Origin", "https://reports.apps.example.fi").GET());
    HttpResponse<String> foreign =
        hub.send(
            hub.request(ref)
                .header("Origin", "https://evil.example.org")
                .header("Access-Control-Request-Method", "DELETE")
                .method("OPTIONS", BodyPublishers.noBody()));

    assertThat(preflight.statusCode()).isEqualTo(200);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue(RunningHub.CORS_ORIGIN);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow())
        .contains("PUT")
        .contains("PATCH");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
        .containsIgnoringCase("if-match");
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("https://reports.apps.example.fi");
    assertThat(read.headers().firstValue("Access-Control-Expose-Headers").orElseThrow())
        .contains("ETag")
        .contains("Location");
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(foreign.body()).contains("OperationOutcome").contains("POLKU-HUB-0199");
    assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void updateWithAStaleIfMatchIsRefusedWith412() {
    String ref = created();
    String body = hub.send(hub.request(ref).GET()).body();

    HttpResponse<String> first =
        hub.send(
            hub.request(ref)
                .header("Content-Type", FHIR_JSON)
                .header("If-Match", "W/\"1\"")
                .PUT(BodyPublishers.ofString(body.replace("\"Header\"", "\"Changed\""))));
    HttpResponse<String> stale =
        hub.send(
            hub.request(ref)
                .header("Content-Type", FHIR_JSON)
                .header("If-Match", "W/\"1\"")
                .PUT(BodyPublishers.ofString(body.replace("\"Header\"", "\"Again\""))));

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("ETag")).contains("W/\"2\"");
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(stale.body()).contains("OperationOutcome").contains("POLKU-HUB-0200");
  }

  @Test
  void preferReturnMinimalOperationOutcomeAndRepresentation() {
    HttpResponse<String> minimal =
        post(Fixtures.learnerJson(Fixtures.ids(), "P"), "Prefer", "return=minimal");
    HttpResponse<String> outcome =
        post(Fixtures.learnerJson(Fixtures.ids(), "P"), "Prefer", "return=OperationOutcome");
    HttpResponse<String> representation =
        post(Fixtures.learnerJson(Fixtures.ids(), "P"), "Prefer", "return=representation");

    assertThat(minimal.statusCode()).isEqualTo(201);
    assertThat(minimal.body()).isEmpty();
    assertThat(minimal.headers().firstValue("Location")).isPresent();
    assertThat(outcome.body()).contains("\"resourceType\":\"OperationOutcome\"");
    assertThat(representation.body()).contains("\"resourceType\":\"Learner\"");
  }

  @Test
  void contentNegotiationByAcceptHeaderAndByFormatParameter() {
    String ref = created();

    HttpResponse<String> byAccept =
        hub.send(hub.request(ref).header("Accept", "application/fhir+xml").GET());
    HttpResponse<String> byFormat = hub.send(hub.request(ref + "?_format=xml").GET());
    HttpResponse<String> json = hub.send(hub.request(ref + "?_format=json").GET());

    assertThat(byAccept.headers().firstValue("Content-Type").orElseThrow()).contains("xml");
    assertThat(byAccept.body()).startsWith("<Learner");
    assertThat(byFormat.body()).startsWith("<Learner");
    assertThat(json.body()).startsWith("{");
  }

  @Test
  void readsSearchPagesAndHistoriesAreGzippedForClientsThatAcceptIt() throws IOException {
    String ref = created();
    String id = ref.substring(ref.indexOf('/') + 1);

    for (String path :
        List.of(
            ref,
            "Learner?_id=" + id,
            "Learner?_id=" + id + "&_format=xml",
            "Learner?_id=" + id + "&_pretty=true",
            ref + "/_history",
            "Learner/_history?_count=5")) {
      HttpResponse<byte[]> zipped =
          hub.send(
              hub.request(path).header("Accept-Encoding", "gzip").GET(),
              BodyHandlers.ofByteArray());
      HttpResponse<String> plain = hub.send(hub.request(path).GET());

      assertThat(zipped.statusCode()).as(path).isEqualTo(200);
      assertThat(zipped.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
      String unzipped;
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
        unzipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertThat(unzipped).as(path).contains(id);
      assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
      assertThat(plain.body()).as(path).contains(id);
    }
  }

  @Test
  void headAnswersAsGetWithoutABodyForReadsSearchesHistoriesAndTheModelsResources() {
    String ref = created();
    String id = ref.substring(ref.indexOf('/') + 1);

    for (String path :
        List.of(
            ref,
            "Learner?_id=" + id,
            "Learner?_id=" + id + "&_format=xml",
            ref + "/_history",
            "ValueSet?_count=1",
            "metadata")) {
      HttpResponse<String> head =
          hub.send(hub.request(path).method("HEAD", BodyPublishers.noBody()));
      HttpResponse<String> get = hub.send(hub.request(path).GET());

      assertThat(head.statusCode()).as(path).isEqualTo(200);
      assertThat(head.body()).as(path).isEmpty();
      assertThat(head.headers().firstValue("Content-Type"))
          .as(path)
          .isEqualTo(get.headers().firstValue("Content-Type"));
      assertThat(get.body()).as(path).isNotEmpty();
    }
    HttpResponse<String> read = hub.send(hub.request(ref).method("HEAD", BodyPublishers.noBody()));
    assertThat(read.headers().firstValue("ETag")).isPresent();
  }

  @Test
  void afterDeleteReadIs410AndUnknownIs404BothWithOperationOutcomes() {
    String ref = created();

    HttpResponse<String> delete = hub.send(hub.request(ref).DELETE());
    HttpResponse<String> gone = hub.send(hub.request(ref).GET());
    HttpResponse<String> unknown = hub.send(hub.request("Learner/no-such-learner").GET());

    assertThat(delete.statusCode()).isIn(200, 204);
    assertThat(gone.statusCode()).isEqualTo(410);
    assertThat(gone.body()).contains("POLKU-HUB-0002");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("POLKU-HUB-0001");
  }

  @Test
  void errorTextsComeInTheClientsLanguageWithTheOtherTwoAsTranslations() {
    HttpResponse<String> fi =
        hub.send(hub.request("Learner/ei-ole").header("Accept-Language", "fi-FI,fi;q=0.9").GET());

    assertThat(fi.body())
        .contains("\"text\":\"Resurssia Learner/ei-ole ei ole.\"")
        .contains("Resursen Learner/ei-ole finns inte.")
        .contains("Resource Learner/ei-ole does not exist.");
  }

  @Test
  void unparseableBodyIs400WithAnOperationOutcomeAndNoStackTrace() {
    HttpResponse<String> r = post("{\"resourceType\":\"Learner\",\"birthDate\":");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("OperationOutcome").contains("POLKU-HUB-0101");
    assertThat(r.body()).doesNotContain("at fi.polku").doesNotContain("Exception");
  }

  @Test
  void aBodyOverTheSizeLimitIs413() {
    String big = "{\"resourceType\":\"Learner\",\"callingName\":\"" + "x".repeat(2_100_000) + "\"}";

    HttpResponse<String> r = post(big);

    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.body()).contains("POLKU-HUB-0400");
  }

  @Test
  void writingAConformanceResourceIs405() {
    HttpResponse<String> r =
        hub.send(
            hub.request("StructureDefinition")
                .header("Content-Type", FHIR_JSON)
                .POST(BodyPublishers.ofString("{\"resourceType\":\"StructureDefinition\"}")));

    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.body()).contains("POLKU-HUB-0500");
  }

  @Test
  void anUnknownResourceTypeIs404WithAnOperationOutcome() {
    HttpResponse<String> r = hub.send(hub.request("Patient/1").GET());

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("OperationOutcome").contains("POLKU-HUB-0004");
  }
}
