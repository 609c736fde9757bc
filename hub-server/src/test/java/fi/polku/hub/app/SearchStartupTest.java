package fi.polku.hub.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import fi.polku.hub.problem.StartupCodes;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.env.MockEnvironment;

/**
 * A search cluster the hub cannot use stops the start with a code of its own, naming its URIs
 * without a password: nothing answers (POLKU-HUB-1007, exit status 9) or it refuses the hub's login
 * (1008, exit status 10). Checked before the hub starts against real sockets and a small HTTP
 * server, and recognised in Hibernate Search's bootstrap failure alike.
 */
class SearchStartupTest {

  private final List<HttpServer> servers = new ArrayList<>();

  /** The Authorization headers the servers received, in order. */
  private final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());

  @AfterEach
  void stopServers() {
    servers.forEach(s -> s.stop(0));
  }

  @Test
  void aClusterNothingAnswersAtIsUnreachableNamingItsUriAndWhatToDo() throws IOException {
    int port = closedPort();

    StartupFailure f = checking("http://127.0.0.1:" + port);

    assertThat(f.code()).isEqualTo(StartupCodes.SEARCH_UNREACHABLE);
    assertThat(f.code().exitStatus()).isEqualTo(9);
    assertThat(f.getMessage())
        .isEqualTo(
            "POLKU-HUB-1007: Cannot connect to the search cluster http://127.0.0.1:"
                + port
                + ": the host is unknown or nothing answers there. Start the cluster, correct the"
                + " addresses in polku.search.uris, or use the hub's embedded index:"
                + " polku.search.backend=lucene.");
    assertThat(f.text().fi()).startsWith("Hakuklusteriin http://127.0.0.1:" + port);
    assertThat(f.text().sv()).startsWith("Det går inte att ansluta till sökklustret");
    assertThat(f.getCause()).isInstanceOf(ConnectException.class);
  }

  @Test
  void aClusterHostThatDoesNotExistIsUnreachable() {
    StartupFailure f = checking("http://no-such-host.invalid:9200");

    assertThat(f.code()).isEqualTo(StartupCodes.SEARCH_UNREACHABLE);
    assertThat(f.getMessage()).contains("search cluster http://no-such-host.invalid:9200:");
  }

  @Test
  void whenNoUriAnswersEveryOneIsNamedWithoutItsPassword() throws IOException {
    int first = closedPort();
    int second = closedPort();

    StartupFailure f =
        checking(
            "http://hub:s3cret@127.0.0.1:" + first + ", https://127.0.0.1:" + second,
            "hub",
            "other-s3cret");

    assertThat(f.code()).isEqualTo(StartupCodes.SEARCH_UNREACHABLE);
    assertThat(f.getMessage())
        .contains(
            "search cluster http://hub:***@127.0.0.1:"
                + first
                + ", https://127.0.0.1:"
                + second
                + ":");
    assertThat(f.getMessage() + f.text().fi() + f.text().sv())
        .doesNotContain("s3cret")
        .doesNotContain("other-s3cret");
  }

  @Test
  void aClusterThatRefusesTheLoginIsToldWithItsStatusAndTheSettingsToCheck() throws IOException {
    String uri = answering(401);

    StartupFailure f = checking(uri, "hub", "s3cret");

    assertThat(f.code()).isEqualTo(StartupCodes.SEARCH_LOGIN_REFUSED);
    assertThat(f.code().exitStatus()).isEqualTo(10);
    assertThat(f.getMessage())
        .isEqualTo(
            "POLKU-HUB-1008: The search cluster "
                + uri
                + " refused the hub's login (HTTP 401): the user or password is wrong, or the"
                + " user has no access to the cluster. Check polku.search.username and"
                + " polku.search.password.")
        .doesNotContain("s3cret");
    assertThat(f.text().fi()).contains("polku.search.username ja polku.search.password");
    // The probe logs in as Hibernate Search will: basic authentication with the hub's user.
    assertThat(authorizations)
        .containsExactly(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString("hub:s3cret".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aClusterThatForbidsTheUserIsARefusedLoginToo() throws IOException {
    StartupFailure f = checking(answering(403));

    assertThat(f.code()).isEqualTo(StartupCodes.SEARCH_LOGIN_REFUSED);
    assertThat(f.getMessage()).contains("(HTTP 403)");
    assertThat(authorizations).containsExactly("none");
  }

  @Test
  void aRefusedLoginAtAUriWithUserInformationDoesNotShowItsPassword() throws IOException {
    String uri = answering(401).replace("http://", "http://hub:s3cret@");

    StartupFailure f = checking(uri);

    assertThat(f.code()).isEqualTo(StartupCodes.SEARCH_LOGIN_REFUSED);
    assertThat(f.getMessage()).contains("http://hub:***@127.0.0.1:").doesNotContain("s3cret");
  }

  @Test
  void aClusterThatAnswersPassesTheCheck() throws IOException {
    String uri = answering(200);

    assertThatCode(() -> StartupChecks.checkSearchCluster(search(uri, "", "")))
        .doesNotThrowAnyException();
    assertThat(authorizations).hasSize(1);
  }

  @Test
  void anAnswerOfAnotherKindPassesForHibernateSearchToReport() throws IOException {
    String uri = answering(503);

    assertThatCode(() -> StartupChecks.checkSearchCluster(search(uri, "", "")))
        .doesNotThrowAnyException();
  }

  @Test
  void oneUriThatAnswersIsEnoughWhenTheOthersDoNot() throws IOException {
    String uri = "http://127.0.0.1:" + closedPort() + "," + answering(200);

    assertThatCode(() -> StartupChecks.checkSearchCluster(search(uri, "", "")))
        .doesNotThrowAnyException();
    assertThat(authorizations).hasSize(1);
  }

  @Test
  void aUriThatIsNoHttpUrlIsAnInvalidSettingWithoutItsPassword() {
    MockEnvironment env =
        new MockEnvironment()
            .withProperty("polku.search.backend", "elasticsearch")
            .withProperty("polku.search.uris", "http://search:9200,hub:s3cret@search:9200");

    StartupFailure f =
        catchThrowableOfType(
            () -> StartupChecks.checkSettings(env, StartupSettings.of(env)), StartupFailure.class);

    assertThat(f.code()).isEqualTo(StartupCodes.SETTING_INVALID);
    assertThat(f.getMessage())
        .contains(
            "The setting polku.search.uris cannot be \"http://search:9200,hub:***@search:9200\": it"
                + " must be http or https URLs separated by commas, such as https://host:9200.")
        .doesNotContain("s3cret");
  }

  @Test
  void aContainerHostNameWithAnUnderscoreIsAcceptedAndLeftToHibernateSearch() {
    // java.net.URI finds no host in my_search, Hibernate Search's HTTP client does.
    PolkuProperties.Search search = search("http://my_search:9200", "", "");

    assertThat(search.elasticsearch()).isTrue();
    assertThatCode(() -> StartupChecks.checkSearchCluster(search)).doesNotThrowAnyException();
  }

  @Test
  void noUriAtAllIsAnInvalidSettingOfTheClusterBackend() {
    MockEnvironment env =
        new MockEnvironment()
            .withProperty("polku.search.backend", "opensearch")
            .withProperty("polku.search.uris", " , ");

    StartupFailure f =
        catchThrowableOfType(
            () -> StartupChecks.checkSettings(env, StartupSettings.of(env)), StartupFailure.class);

    assertThat(f.getMessage())
        .contains("polku.search.uris cannot be \" , \": it must not be empty");
  }

  @Test
  void theEmbeddedIndexIgnoresTheClustersUris() {
    PolkuProperties props =
        new Binder(new MapConfigurationPropertySource(Map.of("polku.search.uris", "not a url")))
            .bindOrCreate("polku", PolkuProperties.class);

    assertThat(props.search().elasticsearch()).isFalse();
  }

  @Test
  void hibernateSearchsBootstrapFailureToConnectIsRecognisedNamingTheConfiguredUris() {
    StartupSettings settings =
        clusterSettings("http://hub:s3cret@search-1:9200,http://search-2:9200");

    StartupFailure f =
        StartupFailure.recognise(asSpringMeetsIt(connectionRefused()), settings).orElseThrow();

    assertThat(f.code()).isEqualTo(StartupCodes.SEARCH_UNREACHABLE);
    assertThat(f.getMessage())
        .startsWith(
            "POLKU-HUB-1007: Cannot connect to the search cluster http://hub:***@search-1:9200,"
                + " http://search-2:9200: ")
        .doesNotContain("s3cret");
  }

  @Test
  void hibernateSearchsBootstrapFailureOnARefusedLoginIsRecognisedWithItsStatus() {
    String response =
        "Request: GET /resource-write,resource-read with parameters {ignore_unavailable=true}\n"
            + "Response: 401 'Unauthorized' from 'http://search-1:9200' with body \n{}";
    SearchException failed =
        new SearchException(
            "HSEARCH400007: Elasticsearch request failed: HSEARCH400090: Elasticsearch response"
                + " indicates a failure.\n"
                + response);
    SearchException metadata =
        new SearchException(
            "HSEARCH400034: Unable to retrieve index metadata from Elasticsearch: "
                + failed.getMessage(),
            failed);

    StartupFailure f =
        StartupFailure.recognise(
                asSpringMeetsIt(bootstrap(metadata)), clusterSettings("http://search-1:9200"))
            .orElseThrow();

    assertThat(f.code()).isEqualTo(StartupCodes.SEARCH_LOGIN_REFUSED);
    assertThat(f.getMessage())
        .startsWith(
            "POLKU-HUB-1008: The search cluster http://search-1:9200 refused the hub's login"
                + " (HTTP 401):");
  }

  @Test
  void anUnrelatedSearchFailureIsNotRecognised() {
    SearchException mapping =
        new SearchException(
            "HSEARCH000520: Hibernate Search encountered failures during bootstrap. Failures:\n"
                + "  - HSEARCH700061: Unable to index-embed type 'Resource': no index mapping");

    assertThat(
            StartupFailure.recognise(
                asSpringMeetsIt(mapping), clusterSettings("http://search-1:9200")))
        .isEmpty();
  }

  @Test
  void aConnectionFailureIsNotTheClustersWhenTheEmbeddedIndexIsUsed() {
    assertThat(
            StartupFailure.recognise(
                asSpringMeetsIt(connectionRefused()), new StartupSettings(Path.of("data"), "")))
        .isEmpty();
  }

  @Test
  void theSettingsOfAFailedStartNameTheBackendAndTheUris() {
    MockEnvironment env =
        new MockEnvironment()
            .withProperty("polku.search.backend", "OpenSearch")
            .withProperty("polku.search.uris", "https://hub:s3cret@search:9200");

    StartupSettings settings = StartupSettings.of(env);

    assertThat(settings.searchCluster()).isTrue();
    assertThat(settings.shownSearchUris()).isEqualTo("https://hub:***@search:9200");
    assertThat(StartupSettings.of(new MockEnvironment()).searchCluster()).isFalse();
  }

  /** As Hibernate Search 7 reports a cluster that refuses connections during its bootstrap. */
  private static SearchException connectionRefused() {
    SearchException failed =
        new SearchException(
            "HSEARCH400007: Elasticsearch request failed: Connection refused\n"
                + "Request: GET /resource-write,resource-read with parameters {}\n"
                + "Response: (no response)",
            new ConnectException("Connection refused"));
    return bootstrap(
        new SearchException(
            "HSEARCH400034: Unable to retrieve index metadata from Elasticsearch: "
                + failed.getMessage(),
            failed));
  }

  /** Hibernate Search's collected bootstrap failures: each one suppressed, none the cause. */
  private static SearchException bootstrap(SearchException failure) {
    SearchException collected =
        new SearchException(
            "HSEARCH000520: Hibernate Search encountered failures during bootstrap. Failures:\n"
                + "  - "
                + failure.getMessage());
    collected.addSuppressed(failure);
    return collected;
  }

  /** As Spring meets the failure when it builds the entity manager factory. */
  private static RuntimeException asSpringMeetsIt(SearchException e) {
    return new BeanCreationException(
        "entityManagerFactory",
        "Unable to build Hibernate SessionFactory",
        new PersistenceException(
            "[PersistenceUnit: default] Unable to build Hibernate SessionFactory", e));
  }

  private static StartupSettings clusterSettings(String uris) {
    return new StartupSettings(Path.of("data"), "", "elasticsearch", uris);
  }

  private static StartupFailure checking(String uris) {
    return checking(uris, "", "");
  }

  private static StartupFailure checking(String uris, String user, String password) {
    return catchThrowableOfType(
        () -> StartupChecks.checkSearchCluster(search(uris, user, password)), StartupFailure.class);
  }

  private static PolkuProperties.Search search(String uris, String user, String password) {
    Map<String, String> values =
        Map.of(
            "polku.search.backend", "elasticsearch",
            "polku.search.uris", uris,
            "polku.search.username", user,
            "polku.search.password", password);
    return new Binder(new MapConfigurationPropertySource(values))
        .bindOrCreate("polku", PolkuProperties.class)
        .search();
  }

  /** The URI of a server on this machine that answers every request with {@code status}. */
  private String answering(int status) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String auth = exchange.getRequestHeaders().getFirst("Authorization");
          authorizations.add(auth == null ? "none" : auth);
          byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    servers.add(server);
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** A port of this machine nothing listens on (it did a moment ago). */
  private static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    }
  }
}
