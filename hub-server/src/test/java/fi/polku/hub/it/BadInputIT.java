package fi.polku.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.parser.IParser;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import fi.polku.hub.problem.HubCode;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.Problems;
import fi.polku.validation.format.SyntheticIdentityCodes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.hl7.fhir.r5.model.Extension;
import org.hl7.fhir.r5.model.OperationOutcome;
import org.hl7.fhir.r5.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/**
 * Requests the hub must refuse: malformed and empty bodies, wrong content types and response
 * formats, unknown types, ids that break the rules, stale versions, requests over the limits,
 * malformed parameters, interactions the hub does not offer, missing and deleted resources. Each is
 * answered with the right status and an OperationOutcome whose first issue carries the hub's code
 * with its catalogue text in fi, sv and en, and nothing of the hub's internals (no stack trace, no
 * Java class names, no HAPI message codes).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Db.class)
class BadInputIT {

  private static final String FHIR_JSON = "application/fhir+json";
  private static final String FHIR_XML = "application/fhir+xml";
  private static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";
  private static final Pattern LOCATION = Pattern.compile("/(Learner/[^/]+)/_history/(\\d+)$");

  private final RunningHub hub;

  BadInputIT(Db db) {
    this.hub = RunningHub.on(db);
  }

  // --- bodies ---------------------------------------------------------------------------------

  @Test
  void aMalformedJsonBodyIs400Unreadable() {
    HttpResponse<String> r = create(FHIR_JSON, "{\"resourceType\":\"Learner\",\"birthDate\":");

    assertProblem(r, 400, HubCodes.UNREADABLE_BODY);
  }

  @Test
  void aMalformedXmlBodyIs400UnreadableAnsweredInXml() {
    HttpResponse<String> r =
        create(FHIR_XML, "<Learner xmlns=\"http://hl7.org/fhir\"><birthDate value=\"2012\"");

    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).contains("xml");
    assertProblem(r, 400, HubCodes.UNREADABLE_BODY);
  }

  @Test
  void anXmlBodyWithAnElementHapiDoesNotKnowIs400WithThePositionButNoParserInternals() {
    HttpResponse<String> r =
        create(FHIR_XML, "<Learner xmlns=\"http://hl7.org/fhir\"><foo value=\"x\"/></Learner>");

    assertProblem(r, 400, HubCodes.UNREADABLE_BODY);
    assertThat(r.body()).contains("line 1, column").contains("foo");
  }

  @Test
  void jsonThatIsNotAResourceIs400Unreadable() {
    assertProblem(create(FHIR_JSON, "{\"name\":\"Aino\"}"), 400, HubCodes.UNREADABLE_BODY);
    assertProblem(create(FHIR_JSON, "[1,2,3]"), 400, HubCodes.UNREADABLE_BODY);
    assertProblem(create(FHIR_JSON, "\"Learner\""), 400, HubCodes.UNREADABLE_BODY);
    assertProblem(transaction(FHIR_JSON, "[]"), 400, HubCodes.UNREADABLE_BODY);
  }

  @Test
  void anEmptyBodyIs400UnreadableWithOrWithoutAContentType() {
    assertProblem(create(FHIR_JSON, ""), 400, HubCodes.UNREADABLE_BODY);
    assertProblem(create(null, ""), 400, HubCodes.UNREADABLE_BODY);
    assertProblem(update("Learner/empty-body", FHIR_XML, "  "), 400, HubCodes.UNREADABLE_BODY);
    assertProblem(transaction(FHIR_JSON, ""), 400, HubCodes.UNREADABLE_BODY);
    assertProblem(transaction(null, ""), 400, HubCodes.UNREADABLE_BODY);
  }

  // --- content types and response formats -----------------------------------------------------

  @Test
  void aBodyThatIsNotFhirByItsContentTypeIs415() {
    String learner = Fixtures.learnerJson(Fixtures.ids(), "Plain");
    String id = "ct-" + System.nanoTime();

    assertProblem(create("text/plain", learner), 415, HubCodes.UNSUPPORTED_MEDIA_TYPE);
    assertProblem(
        create("application/x-www-form-urlencoded", learner), 415, HubCodes.UNSUPPORTED_MEDIA_TYPE);
    assertProblem(
        update("Learner/" + id, "text/plain", withId(learner, id)),
        415,
        HubCodes.UNSUPPORTED_MEDIA_TYPE);
    assertProblem(
        transaction("text/plain", "{\"resourceType\":\"Bundle\",\"type\":\"transaction\"}"),
        415,
        HubCodes.UNSUPPORTED_MEDIA_TYPE);
    assertProblem(create(null, learner), 415, HubCodes.UNSUPPORTED_MEDIA_TYPE);
    assertProblem(
        create("application/fhir+json; fhirVersion=4.0", learner),
        415,
        HubCodes.UNSUPPORTED_MEDIA_TYPE);
  }

  @Test
  void plainJsonAndXmlContentTypesAreAccepted() {
    HttpResponse<String> r = create("application/json", Fixtures.learnerJson(Fixtures.ids(), "J"));

    assertThat(r.statusCode()).isEqualTo(201);
  }

  @Test
  void anAcceptOrFormatTheHubCannotAnswerInIs406InJson() {
    String ref = createdLearner();

    List<HttpResponse<String>> refused =
        List.of(
            hub.send(hub.request(ref).header("Accept", "text/csv").GET()),
            hub.send(hub.request(ref).header("Accept", "application/fhir+ndjson").GET()),
            hub.send(hub.request(ref).header("Accept", "text/turtle, image/png;q=0.5").GET()),
            hub.send(hub.request("metadata").header("Accept", "application/pdf").GET()),
            hub.send(hub.request(ref + "?_format=csv").GET()),
            hub.send(hub.request("Learner?_format=text/html").GET()),
            hub.send(
                hub.request(ref).header("Accept", "application/fhir+json; fhirVersion=4.0").GET()),
            hub.send(
                hub.request(ref)
                    .header(
                        "Accept",
                        "application/fhir+xml;fhirVersion=3.0, application/fhir+json;fhirVersion=4.0")
                    .GET()));

    for (HttpResponse<String> r : refused) {
      assertThat(r.headers().firstValue("Content-Type").orElseThrow()).contains(FHIR_JSON);
      assertProblem(r, 406, HubCodes.NOT_ACCEPTABLE);
    }
  }

  @Test
  void acceptHeadersOfBrowsersAndWildcardsStillGetFhir() {
    String ref = createdLearner();

    HttpResponse<String> browser =
        hub.send(
            hub.request(ref)
                .header(
                    "Accept",
                    "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8")
                .GET());
    HttpResponse<String> any = hub.send(hub.request(ref).header("Accept", "*/*").GET());
    HttpResponse<String> json =
        hub.send(hub.request(ref).header("Accept", "application/json").GET());

    HttpResponse<String> r5 =
        hub.send(hub.request(ref).header("Accept", "application/fhir+json; fhirVersion=5.0").GET());

    assertThat(browser.statusCode()).isEqualTo(200);
    assertThat(any.statusCode()).isEqualTo(200);
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(r5.statusCode()).isEqualTo(200);
    assertThat(json.body()).startsWith("{");
  }

  // --- types -----------------------------------------------------------------------------------

  @Test
  void anUnknownResourceTypeInTheUrlIs404() {
    assertProblem(hub.send(hub.request("Foo/1").GET()), 404, HubCodes.UNKNOWN_PATH);
    assertProblem(
        hub.send(
            hub.request("Foo")
                .header("Content-Type", FHIR_JSON)
                .POST(BodyPublishers.ofString("{\"resourceType\":\"Foo\"}"))),
        404,
        HubCodes.UNKNOWN_PATH);
  }

  @Test
  void anUnknownResourceTypeInTheBodyIs400() {
    assertProblem(create(FHIR_JSON, "{\"resourceType\":\"Foo\"}"), 400, HubCodes.WRONG_TYPE);
    assertProblem(
        create(FHIR_XML, "<Foo xmlns=\"http://hl7.org/fhir\"><id value=\"x\"/></Foo>"),
        400,
        HubCodes.WRONG_TYPE);
    assertProblem(
        transaction(
            FHIR_JSON,
            "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[{\"resource\":"
                + "{\"resourceType\":\"Foo\"},\"request\":{\"method\":\"POST\",\"url\":\"Foo\"}}]}"),
        400,
        HubCodes.UNREADABLE_BODY);
  }

  @Test
  void aBodyOfAnotherTypeThanTheUrlIs400WrongTypeWhateverItsContent() {
    String organization = "{\"resourceType\":\"Organization\",\"name\":\"Kuusikon koulu\"}";

    assertProblem(create(FHIR_JSON, organization), 400, HubCodes.WRONG_TYPE);
    assertProblem(
        create(
            FHIR_XML,
            "<Organization xmlns=\"http://hl7.org/fhir\"><name value=\"K\"/></Organization>"),
        400,
        HubCodes.WRONG_TYPE);
    assertProblem(
        transaction(FHIR_JSON, Fixtures.learnerJson(Fixtures.ids(), "NotABundle")),
        400,
        HubCodes.WRONG_TYPE);
    assertProblem(
        transaction(
            FHIR_JSON,
            "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[{\"resource\":"
                + organization
                + ",\"request\":{\"method\":\"POST\",\"url\":\"Learner\"}}]}"),
        400,
        HubCodes.WRONG_TYPE);
  }

  // --- ids ------------------------------------------------------------------------------------

  @Test
  void anUpdateWhoseBodyIdDiffersFromTheUrlIs400IdMismatchInJsonAndXml() {
    String json = withId(Fixtures.learnerJson(Fixtures.ids(), "Mismatch"), "in-body");

    assertProblem(update("Learner/in-url", FHIR_JSON, json), 400, HubCodes.ID_MISMATCH);
    assertProblem(
        update(
            "Learner/in-url",
            FHIR_XML,
            "<Learner xmlns=\"http://hl7.org/fhir\"><id value=\"in-body\"/></Learner>"),
        400,
        HubCodes.ID_MISMATCH);
  }

  @Test
  void anUpdateWithoutAnIdInTheBodyIs400() {
    String json = Fixtures.learnerJson(Fixtures.ids(), "NoId");

    assertProblem(update("Learner/no-id-in-body", FHIR_JSON, json), 400, HubCodes.BAD_REQUEST);
    assertProblem(
        update("Learner/no-id-in-body", FHIR_XML, "<Learner xmlns=\"http://hl7.org/fhir\"/>"),
        400,
        HubCodes.BAD_REQUEST);
  }

  @Test
  void idsThatBreakFhirsIdRulesAre400InvalidIdWhateverTheContent() {
    String learner = Fixtures.learnerJson(Fixtures.ids(), "BadId");
    for (String id : List.of("a".repeat(65), "bad_id", "bad!id", "bad,id", "b%C3%A4d")) {
      String bodyId = URLDecoder.decode(id, StandardCharsets.UTF_8);

      assertProblem(
          update("Learner/" + id, FHIR_JSON, withId(learner, bodyId)), 400, HubCodes.INVALID_ID);
      assertProblem(
          update(
              "Learner/" + id,
              FHIR_XML,
              "<Learner xmlns=\"http://hl7.org/fhir\"><id value=\"" + bodyId + "\"/></Learner>"),
          400,
          HubCodes.INVALID_ID);
    }
  }

  @Test
  void aSixtyFourCharacterIdOfLettersDigitsDashesAndDotsIsFine() {
    String id = ("ok-id." + System.nanoTime() + "-").repeat(8).substring(0, 64);
    String learner = withId(Fixtures.learnerJson(Fixtures.ids(), "LongId"), id);

    assertThat(update("Learner/" + id, FHIR_JSON, learner).statusCode()).isEqualTo(201);
  }

  @Test
  void aPurelyNumericClientIdIs400AlsoInsideATransaction() {
    String id = Long.toString(900_000_000_000L + System.nanoTime() % 1_000_000_000L);
    String learner = withId(Fixtures.learnerJson(Fixtures.ids(), "Numeric"), id);

    assertProblem(update("Learner/" + id, FHIR_JSON, learner), 400, HubCodes.NUMERIC_CLIENT_ID);
    assertProblem(
        transaction(FHIR_JSON, bundle("transaction", learner, "PUT", "Learner/" + id)),
        400,
        HubCodes.NUMERIC_CLIENT_ID);
  }

  @Test
  void anIdBreakingTheRulesInsideATransactionIs400AndNothingIsWritten() {
    Fixtures.Ids ok = Fixtures.ids();
    String good = Fixtures.learnerJson(ok, "Good");
    String bad = withId(Fixtures.learnerJson(Fixtures.ids(), "Bad"), "bad_id");
    String body =
        "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":["
            + Fixtures.entry(good, "POST", "Learner")
            + ","
            + Fixtures.entry(bad, "PUT", "Learner/bad_id")
            + "]}";

    assertProblem(transaction(FHIR_JSON, body), 400, HubCodes.INVALID_ID);
    assertThat(searchByHetu(ok.hetu()).body()).contains("\"total\":0");
  }

  // --- versions -------------------------------------------------------------------------------

  @Test
  void anIfMatchWithAStaleVersionIs412AndAMalformedOneIs400() {
    String ref = createdLearner();
    String body = hub.send(hub.request(ref).GET()).body();

    HttpResponse<String> stale = put(ref, body, "W/\"7\"");
    HttpResponse<String> staleDelete =
        hub.send(hub.request(ref).header("If-Match", "W/\"7\"").DELETE());
    HttpResponse<String> malformed = put(ref, body, "banana");
    HttpResponse<String> notANumber = put(ref, body, "W/\"one\"");
    HttpResponse<String> tooBig = put(ref, body, "W/\"99999999999999999999\"");
    String newId = "ifmatch-" + System.nanoTime();
    String newBody = body.replaceFirst("\"id\"\\s*:\\s*\"[^\"]*\"", "\"id\":\"" + newId + "\"");
    HttpResponse<String> onCreate = put("Learner/" + newId, newBody, "W/\"1\"");

    assertProblem(stale, 412, HubCodes.VERSION_CONFLICT);
    assertProblem(staleDelete, 412, HubCodes.VERSION_CONFLICT);
    assertProblem(malformed, 400, HubCodes.BAD_REQUEST);
    assertProblem(notANumber, 400, HubCodes.BAD_REQUEST);
    assertProblem(tooBig, 400, HubCodes.BAD_REQUEST);
    assertProblem(onCreate, 412, HubCodes.VERSION_CONFLICT);
  }

  @Test
  void ofConcurrentUpdatesOfOneVersionExactlyOneWinsAndTheOthersAre412() throws Exception {
    String ref = createdLearner();
    String body = hub.send(hub.request(ref).GET()).body();
    int clients = 8;

    List<HttpResponse<String>> answers = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> futures = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        String changed = body.replace("\"family\":\"Ref\"", "\"family\":\"Racer" + i + "\"");
        futures.add(
            pool.submit(
                () -> {
                  go.await();
                  return put(ref, changed, "W/\"1\"");
                }));
      }
      go.countDown();
      for (Future<HttpResponse<String>> f : futures) {
        answers.add(f.get(120, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(answers).filteredOn(a -> a.statusCode() == 200).hasSize(1);
    for (HttpResponse<String> a : answers) {
      if (a.statusCode() != 200) {
        assertProblem(a, 412, HubCodes.VERSION_CONFLICT);
      }
    }
    assertThat(hub.send(hub.request(ref).GET()).headers().firstValue("ETag")).contains("W/\"2\"");
  }

  // --- limits ---------------------------------------------------------------------------------

  @Test
  void aRequestOverTheSizeLimitIs413WhetherItsLengthIsDeclaredOrChunked() {
    byte[] big =
        ("{\"resourceType\":\"Learner\",\"callingName\":\"" + "x".repeat(2_100_000) + "\"}")
            .getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> declared =
        hub.send(
            hub.request("Learner")
                .header("Content-Type", FHIR_JSON)
                .POST(BodyPublishers.ofByteArray(big)));
    HttpResponse<String> chunked =
        hub.send(
            hub.request("")
                .header("Content-Type", FHIR_JSON)
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));

    assertProblem(declared, 413, HubCodes.PAYLOAD_TOO_LARGE);
    assertProblem(chunked, 413, HubCodes.PAYLOAD_TOO_LARGE);
    assertThat(declared.body()).contains("2000000");
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private HttpResponse<String> createEncoded(String encoding, byte[] body) {
    return hub.send(
        hub.request("Learner")
            .header("Content-Type", FHIR_JSON)
            .header("Content-Encoding", encoding)
            .POST(BodyPublishers.ofByteArray(body)));
  }

  @Test
  void aCompressedBodyIsTakenAndTheSizeLimitAppliesToWhatItDecompressesTo() {
    byte[] learner =
        Fixtures.learnerJson(Fixtures.ids(), "Compressed").getBytes(StandardCharsets.UTF_8);
    // 2.1 MB of blanks compress to a few kilobytes: under the limit as sent, over it unpacked.
    byte[] bomb = new byte[2_100_000];
    java.util.Arrays.fill(bomb, (byte) ' ');
    bomb[0] = '{';
    bomb[bomb.length - 1] = '}';

    HttpResponse<String> compressed = createEncoded("gzip", gzip(learner));
    HttpResponse<String> unpacksTooLarge = createEncoded("gzip", gzip(bomb));
    HttpResponse<String> notGzip = createEncoded("gzip", learner);
    HttpResponse<String> brotli = createEncoded("br", learner);

    assertThat(gzip(bomb).length).isLessThan(100_000);
    assertThat(compressed.statusCode()).as(compressed.body()).isEqualTo(201);
    assertProblem(unpacksTooLarge, 413, HubCodes.PAYLOAD_TOO_LARGE);
    assertProblem(notGzip, 400, HubCodes.UNREADABLE_BODY);
    assertProblem(brotli, 415, HubCodes.UNSUPPORTED_MEDIA_TYPE);
  }

  @Test
  void requestsRefusedBeforeOrOutsideTheApiAreAnsweredWithOperationOutcomesToo() {
    HttpResponse<String> encodedSlash = hub.send(hub.request("Learner/a%2Fb").GET());
    HttpResponse<String> longUrl =
        hub.send(hub.request("Learner?_id=" + "x,".repeat(20_000) + "x").GET());
    HttpResponse<String> longHeader =
        hub.send(hub.request("metadata").header("X-Padding", "p".repeat(40_000)).GET());
    HttpResponse<String> longButAllowed =
        hub.send(hub.request("Learner?_id=" + "x,".repeat(5_000) + "x").GET());

    HttpResponse<String> unknownMethod =
        hub.send(hub.request("Learner").method("FOO", BodyPublishers.noBody()));
    HttpResponse<String> outsideTheApi =
        hub.send(
            HttpRequest.newBuilder(URI.create(hub.base().replace("/fhir", "/no-such-page"))).GET());

    assertProblem(unknownMethod, 501, HubCodes.NOT_IMPLEMENTED);
    assertProblem(outsideTheApi, 404, HubCodes.UNKNOWN_PATH);
    assertProblem(encodedSlash, 400, HubCodes.BAD_REQUEST);
    assertProblem(longUrl, 400, HubCodes.BAD_REQUEST);
    assertProblem(longHeader, 400, HubCodes.BAD_REQUEST);
    assertThat(longButAllowed.statusCode()).isEqualTo(200);
  }

  @Test
  void aBundleWithMoreEntriesThanTheLimitIs413() {
    StringBuilder b =
        new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"batch\",\"entry\":[");
    for (int i = 0; i <= 1000; i++) {
      b.append(i == 0 ? "" : ",")
          .append("{\"request\":{\"method\":\"GET\",\"url\":\"Learner/x")
          .append(i)
          .append("\"}}");
    }
    b.append("]}");

    HttpResponse<String> r = transaction(FHIR_JSON, b.toString());

    assertProblem(r, 413, HubCodes.TOO_MANY_ENTRIES);
    assertThat(r.body()).contains("1001").contains("1000");
  }

  @Test
  void aCountAboveTheLimitIsLoweredToTheLimitForSearchesAndHistories() {
    HttpResponse<String> search = hub.send(hub.request("Learner?_count=100000").GET());
    HttpResponse<String> history = hub.send(hub.request("Learner/_history?_count=100000").GET());
    HttpResponse<String> system = hub.send(hub.request("_history?_count=5000").GET());

    assertThat(search.statusCode()).isEqualTo(200);
    assertThat(search.body()).contains("_count=1000").doesNotContain("_count=100000");
    assertThat(history.statusCode()).isEqualTo(200);
    assertThat(history.body()).contains("_count=1000").doesNotContain("_count=100000");
    assertThat(system.statusCode()).isEqualTo(200);
    assertThat(system.body()).contains("_count=1000").doesNotContain("_count=5000");
  }

  @Test
  void aCountThatIsNotANumberIs400() {
    assertProblem(
        hub.send(hub.request("Learner?_count=many").GET()), 400, HubCodes.INVALID_SEARCH_VALUE);
    assertProblem(
        hub.send(hub.request("Learner/_history?_count=many").GET()),
        400,
        HubCodes.INVALID_SEARCH_VALUE);
  }

  @Test
  void aRefusedSearchValueNeverReachesTheLog() {
    // A personal identity code typed where a date or a number belongs, echoed in the 400's text.
    String hetu = SyntheticIdentityCodes.code(4242);
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    log.start();
    root.addAppender(log);
    try {
      assertProblem(
          hub.send(hub.request("Learner?birthdate=" + hetu).GET()),
          400,
          HubCodes.INVALID_SEARCH_VALUE);
      assertProblem(
          hub.send(hub.request("Learner?_count=" + hetu).GET()),
          400,
          HubCodes.INVALID_SEARCH_VALUE);
    } finally {
      root.detachAppender(log);
    }
    assertThat(log.list)
        .noneSatisfy(
            e -> {
              String text = e.getFormattedMessage();
              if (e.getThrowableProxy() != null) {
                text += " " + e.getThrowableProxy().getMessage();
              }
              assertThat(text).contains(hetu);
            });
  }

  // --- parameters and paths -------------------------------------------------------------------

  @Test
  void aMalformedSinceOrLastUpdatedIs400NotAServerError() {
    String ref = createdLearner();

    assertProblem(
        hub.send(hub.request("Learner/_history?_since=yesterday").GET()),
        400,
        HubCodes.INVALID_SEARCH_VALUE);
    assertProblem(
        hub.send(hub.request("_history?_since=2020-13-45").GET()),
        400,
        HubCodes.INVALID_SEARCH_VALUE);
    assertProblem(
        hub.send(hub.request(ref + "/_history?_since=x").GET()),
        400,
        HubCodes.INVALID_SEARCH_VALUE);
    assertProblem(
        hub.send(hub.request("Learner?_lastUpdated=soon").GET()),
        400,
        HubCodes.INVALID_SEARCH_VALUE);
  }

  @Test
  void anUnknownSearchParameterIs400NamingIt() {
    HttpResponse<String> r = hub.send(hub.request("Learner?shoeSize=42&_count=5").GET());

    assertProblem(r, 400, HubCodes.UNSUPPORTED_SEARCH);
    assertThat(r.body()).contains("shoeSize").doesNotContain("_count");
  }

  @Test
  void aQueryThatIsNotValidUrlEncodingIs400() {
    Raw r = raw("/fhir/Learner?identifier=%zz");

    assertThat(r.status()).isEqualTo(400);
    assertProblem(r.body(), FHIR_JSON, "en", HubCodes.BAD_REQUEST);
  }

  @Test
  void aRawPipeInATokenSearchIsAcceptedAsFhirClientsSendIt() {
    Fixtures.Ids ids = Fixtures.ids();
    create(FHIR_JSON, Fixtures.learnerJson(ids, "Pipe"));

    Raw r = raw("/fhir/Learner?identifier=" + Fixtures.HETU + "|" + ids.hetu());

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).contains("\"total\":1");
  }

  @Test
  void anUnknownPathOrOperationIs404() {
    assertProblem(hub.send(hub.request("Learner/a/b/c").GET()), 404, HubCodes.UNKNOWN_PATH);
    assertProblem(hub.send(hub.request("Learner/$shred").GET()), 404, HubCodes.UNKNOWN_PATH);
  }

  @Test
  void aGetOfTheBaseUrlIs400PointingToTheCapabilityStatementAndTheTypesInJsonAndXml() {
    for (String format : List.of(FHIR_JSON, FHIR_XML)) {
      HttpResponse<String> slash = hub.send(hub.request("").header("Accept", format).GET());
      HttpResponse<String> bare =
          hub.send(HttpRequest.newBuilder(URI.create(hub.base())).header("Accept", format).GET());

      for (HttpResponse<String> r : List.of(slash, bare)) {
        assertThat(contentType(r)).contains(format.substring(format.indexOf('+') + 1));
        assertProblem(r, 400, HubCodes.BASE_URL);
        assertThat(r.body()).contains(hub.base() + "/metadata").contains("Learner, ");
      }
    }
  }

  @Test
  void theBaseUrlStillTakesABatchByPost() {
    HttpResponse<String> r =
        transaction(FHIR_JSON, "{\"resourceType\":\"Bundle\",\"type\":\"batch\"}");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).contains("batch-response");
  }

  @Test
  void writingTheModelsConformanceResourcesIs405() {
    String sd = "{\"resourceType\":\"StructureDefinition\",\"id\":\"Learner\"}";

    assertProblem(
        hub.send(
            hub.request("StructureDefinition")
                .header("Content-Type", FHIR_JSON)
                .POST(BodyPublishers.ofString(sd))),
        405,
        HubCodes.METHOD_NOT_ALLOWED);
    assertProblem(
        hub.send(
            hub.request("StructureDefinition/Learner")
                .header("Content-Type", FHIR_JSON)
                .PUT(BodyPublishers.ofString(sd))),
        405,
        HubCodes.METHOD_NOT_ALLOWED);
    assertProblem(
        hub.send(hub.request("ValueSet/anything").DELETE()), 405, HubCodes.METHOD_NOT_ALLOWED);
    assertProblem(
        hub.send(
            hub.request("metadata")
                .header("Content-Type", FHIR_JSON)
                .POST(BodyPublishers.ofString("{}"))),
        405,
        HubCodes.METHOD_NOT_ALLOWED);
  }

  @Test
  void patchOfAReadOnlyConformanceResourceIs405AndAnEmptyPatchWritesNoVersion() {
    String ref = createdLearner();

    HttpResponse<String> conformance =
        hub.send(
            hub.request("ValueSet/anything")
                .header("Content-Type", "application/json-patch+json")
                .method("PATCH", BodyPublishers.ofString("[]")));
    HttpResponse<String> empty =
        hub.send(
            hub.request(ref)
                .header("Content-Type", "application/json-patch+json")
                .method("PATCH", BodyPublishers.ofString("[]")));

    assertProblem(conformance, 405, HubCodes.METHOD_NOT_ALLOWED);
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(empty.headers().firstValue("ETag")).hasValue("W/\"1\"");
  }

  // --- missing and deleted --------------------------------------------------------------------

  @Test
  void aResourceThatNeverExistedIs404AndSoIsAVersionItNeverHad() {
    String ref = createdLearner();

    assertProblem(hub.send(hub.request("Learner/never-was").GET()), 404, HubCodes.NOT_FOUND);
    assertProblem(
        hub.send(hub.request("Learner/never-was/_history").GET()), 404, HubCodes.NOT_FOUND);
    assertProblem(
        hub.send(hub.request(ref + "/_history/9").GET()), 404, HubCodes.VERSION_NOT_FOUND);
    assertProblem(hub.send(hub.request(ref + "/_history/nine").GET()), 400, HubCodes.BAD_REQUEST);
  }

  @Test
  void aDeletedResourceIs410() {
    String ref = createdLearner();
    hub.send(hub.request(ref).DELETE());

    assertProblem(hub.send(hub.request(ref).GET()), 410, HubCodes.GONE);
  }

  // --- language -------------------------------------------------------------------------------

  @Test
  void theRefusalIsInTheClientsLanguageWithTheOtherTwoAsTranslations() {
    for (String lang : List.of("fi", "sv", "en")) {
      HttpResponse<String> r =
          hub.send(
              hub.request("Learner?_count=many")
                  .header("Accept-Language", lang + ";q=1, de;q=0.5")
                  .GET());

      assertThat(r.statusCode()).isEqualTo(400);
      assertProblem(r.body(), contentType(r), lang, HubCodes.INVALID_SEARCH_VALUE);
    }
  }

  @Test
  void aFinnishOrSwedishClientReadsTheDetailInItsLanguageToo() {
    String learner = Fixtures.learnerJson(Fixtures.ids(), "Kieli");
    String noRequest =
        "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[{\"resource\":"
            + learner
            + "}]}";
    record Row(HttpRequest.Builder request, String lang, HubCode code, String text) {}
    List<Row> rows =
        List.of(
            new Row(
                hub.request("Learner?_count=many").GET(),
                "fi",
                HubCodes.INVALID_SEARCH_VALUE,
                "Hakuparametrin _count arvo on virheellinen: ei ole luku: many"),
            new Row(
                hub.request("Learner?birthdate=soon").GET(),
                "fi",
                HubCodes.INVALID_SEARCH_VALUE,
                "Hakuparametrin birthdate arvo on virheellinen: ei ole päivämäärä: soon"),
            new Row(
                hub.request("Learner/_history?_since=yesterday").GET(),
                "sv",
                HubCodes.INVALID_SEARCH_VALUE,
                "Värdet för sökparametern _since är ogiltigt: inte en tidpunkt: yesterday"),
            new Row(
                hub.request("Learner")
                    .header("Content-Type", FHIR_JSON)
                    .POST(BodyPublishers.ofString("")),
                "fi",
                HubCodes.UNREADABLE_BODY,
                "Sisältöä ei voitu lukea FHIR-resurssina: sisältö on tyhjä"),
            new Row(
                hub.request("Learner")
                    .header("Content-Type", FHIR_JSON)
                    .header("Content-Encoding", "br")
                    .POST(BodyPublishers.ofString(learner)),
                "sv",
                HubCodes.UNSUPPORTED_MEDIA_TYPE,
                "Innehållstypen stöds inte: Content-Encoding br (endast gzip eller deflate)"),
            new Row(
                HttpRequest.newBuilder(URI.create(hub.base()))
                    .header("Content-Type", FHIR_JSON)
                    .POST(BodyPublishers.ofString(noRequest)),
                "fi",
                HubCodes.INVALID_BUNDLE,
                "Virheellinen kokoelma (Bundle): merkintä 0: request.method ja request.url ovat"
                    + " pakollisia"),
            new Row(
                hub.request("Learner/a%2Fb").GET(),
                "fi",
                HubCodes.BAD_REQUEST,
                "Virheellinen pyyntö: pyynnön osoite tai otsakkeet ovat liian pitkiä, tai osoite on"
                    + " virheellinen (esimerkiksi tunnisteessa on koodattu '/' tai kyselyosassa"
                    + " koodaamaton merkki)"));

    for (Row row : rows) {
      HttpResponse<String> r = hub.send(row.request().header("Accept-Language", row.lang()));

      assertThat(r.statusCode()).as(r.body()).isEqualTo(row.code().status());
      assertProblem(r.body(), contentType(r), row.lang(), row.code());
      OperationOutcome oo =
          RunningHub.FHIR.newJsonParser().parseResource(OperationOutcome.class, r.body());
      assertThat(oo.getIssueFirstRep().getDetails().getText()).isEqualTo(row.text());
    }
  }

  @Test
  void aMalformedBodyIsToldInFinnishAroundWhatTheParserSaid() {
    HttpResponse<String> r =
        hub.send(
            hub.request("Learner")
                .header("Content-Type", FHIR_XML)
                .header("Accept", FHIR_JSON)
                .header("Accept-Language", "fi")
                .POST(
                    BodyPublishers.ofString(
                        "<Learner xmlns=\"http://hl7.org/fhir\"><foo value=\"x\"/></Learner>")));

    assertThat(r.statusCode()).isEqualTo(400);
    assertProblem(r.body(), contentType(r), "fi", HubCodes.UNREADABLE_BODY);
    OperationOutcome oo =
        RunningHub.FHIR.newJsonParser().parseResource(OperationOutcome.class, r.body());
    assertThat(oo.getIssueFirstRep().getDetails().getText())
        .startsWith("Sisältöä ei voitu lukea FHIR-resurssina: jäsennin ilmoitti: ")
        .contains("foo");
  }

  @Test
  void aConditionOnAParameterOtherThanIdAndIdentifierIs400NamingItButNotItsValue() {
    HttpResponse<String> r =
        hub.send(
            hub.request("Learner")
                .header("Content-Type", FHIR_JSON)
                .header("Accept-Language", "fi")
                .header("If-None-Exist", "family=Testinen&birthdate=2018-07-19")
                .POST(BodyPublishers.ofString(Fixtures.learnerJson(Fixtures.ids(), "Ehto"))));

    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertProblem(r.body(), contentType(r), "fi", HubCodes.UNSUPPORTED_CONDITION_PARAMETER);
    OperationOutcome oo =
        RunningHub.FHIR.newJsonParser().parseResource(OperationOutcome.class, r.body());
    assertThat(oo.getIssueFirstRep().getDetails().getText())
        .isEqualTo(
            "Ehdossa voi käyttää vain parametreja _id ja identifier; parametria family ei voi"
                + " käyttää ehdossa.");
    assertThat(r.body()).doesNotContain("Testinen").doesNotContain("2018-07-19");
  }

  // --- helpers --------------------------------------------------------------------------------

  /**
   * {@code r} has {@code status} and an OperationOutcome whose first issue carries {@code code},
   * with the catalogue's text in English (no Accept-Language) and the Finnish and Swedish texts as
   * translations; and the body shows nothing of the hub's internals.
   */
  private static void assertProblem(HttpResponse<String> r, int status, HubCode code) {
    assertThat(r.statusCode()).as("status of %s: %s", code.code(), r.body()).isEqualTo(status);
    assertProblem(r.body(), contentType(r), "en", code);
  }

  private static void assertProblem(String body, String contentType, String lang, HubCode code) {
    assertThat(body)
        .as("no internals")
        .doesNotContain("at fi.")
        .doesNotContain("at ca.uhn")
        .doesNotContain("at java.")
        .doesNotContain("at org.")
        .doesNotContain("Exception")
        .doesNotContain(".java:")
        .doesNotContain("HAPI-")
        .doesNotContainIgnoringCase("hibernate")
        .doesNotContain("java.lang");
    IParser parser =
        contentType.contains("xml")
            ? RunningHub.FHIR.newXmlParser()
            : RunningHub.FHIR.newJsonParser();
    OperationOutcome oo = parser.parseResource(OperationOutcome.class, body);
    OperationOutcomeIssueComponent issue = oo.getIssueFirstRep();
    assertThat(issue.getDetails().getCoding())
        .as("code of %s", body)
        .anySatisfy(
            c -> {
              assertThat(c.getSystem()).isEqualTo(Problems.CODE_SYSTEM);
              assertThat(c.getCode()).isEqualTo(code.code());
            });
    Map<String, String> texts = new java.util.HashMap<>();
    texts.put(lang, issue.getDetails().getText());
    for (Extension t : issue.getDetails().getTextElement().getExtensionsByUrl(TRANSLATION)) {
      texts.put(
          t.getExtensionByUrl("lang").getValue().primitiveValue(),
          t.getExtensionByUrl("content").getValue().primitiveValue());
    }
    assertThat(texts).containsOnlyKeys("fi", "sv", "en");
    assertThat(texts.get("fi")).matches(template(code.message().fi()));
    assertThat(texts.get("sv")).matches(template(code.message().sv()));
    assertThat(texts.get("en")).matches(template(code.message().en()));
    assertThat(issue.getDiagnostics()).startsWith(code.code() + ": ");
  }

  /** A catalogue text as a pattern: its placeholders match anything. */
  private static Pattern template(String text) {
    StringBuilder p = new StringBuilder("(?s)");
    Matcher m = Pattern.compile("\\{\\w+}").matcher(text);
    int at = 0;
    while (m.find()) {
      p.append(Pattern.quote(text.substring(at, m.start()))).append(".*");
      at = m.end();
    }
    return Pattern.compile(p.append(Pattern.quote(text.substring(at))).toString());
  }

  private static String contentType(HttpResponse<String> r) {
    return r.headers().firstValue("Content-Type").orElse("");
  }

  private HttpResponse<String> create(String contentType, String body) {
    HttpRequest.Builder b = hub.request("Learner").POST(BodyPublishers.ofString(body));
    return hub.send(contentType == null ? b : b.header("Content-Type", contentType));
  }

  private HttpResponse<String> update(String path, String contentType, String body) {
    return hub.send(
        hub.request(path).header("Content-Type", contentType).PUT(BodyPublishers.ofString(body)));
  }

  private HttpResponse<String> put(String path, String body, String ifMatch) {
    return hub.send(
        hub.request(path)
            .header("Content-Type", FHIR_JSON)
            .header("If-Match", ifMatch)
            .PUT(BodyPublishers.ofString(body)));
  }

  private HttpResponse<String> transaction(String contentType, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(hub.base()))
            .timeout(java.time.Duration.ofSeconds(60))
            .POST(BodyPublishers.ofString(body));
    return hub.send(contentType == null ? b : b.header("Content-Type", contentType));
  }

  private HttpResponse<String> searchByHetu(String hetu) {
    return hub.send(
        hub.request(
                "Learner?identifier="
                    + URLEncoder.encode(Fixtures.HETU + "|" + hetu, StandardCharsets.UTF_8))
            .GET());
  }

  /** A new learner with the family name Ref; its {@code Learner/id}. */
  private String createdLearner() {
    HttpResponse<String> r = create(FHIR_JSON, Fixtures.learnerJson(Fixtures.ids(), "Ref"));
    assertThat(r.statusCode()).isEqualTo(201);
    Matcher m = LOCATION.matcher(r.headers().firstValue("Location").orElseThrow());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static String withId(String json, String id) {
    return json.replaceFirst("\\{", "{\"id\":\"" + id.replace("\"", "\\\"") + "\",");
  }

  private static String bundle(String type, String resource, String method, String url) {
    return "{\"resourceType\":\"Bundle\",\"type\":\""
        + type
        + "\",\"entry\":["
        + Fixtures.entry(resource, method, url)
        + "]}";
  }

  /** A response read off the socket. */
  private record Raw(int status, String body) {}

  /**
   * Sends {@code GET pathAndQuery} exactly as given over a socket (java.net.http refuses to send
   * the characters these tests are about: a raw '|', a broken percent escape). HTTP/1.0, so the
   * answer is not chunked and ends with the connection.
   */
  private Raw raw(String pathAndQuery) {
    URI base = URI.create(hub.base());
    try (Socket s = new Socket(base.getHost(), base.getPort())) {
      s.setSoTimeout(60_000);
      OutputStream out = s.getOutputStream();
      out.write(
          ("GET "
                  + pathAndQuery
                  + " HTTP/1.0\r\nHost: "
                  + base.getHost()
                  + ":"
                  + base.getPort()
                  + "\r\nAccept: application/fhir+json\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int status = Integer.parseInt(response.substring(9, 12));
      return new Raw(status, response.substring(response.indexOf("\r\n\r\n") + 4));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
