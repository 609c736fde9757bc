package fi.polku.hub.cli;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.hub.app.InProcessClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.hl7.fhir.r5.model.Bundle;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The hub's side of {@code bench ingest}: its write path, in-process or over HTTP, and a search to
 * check what it holds. Called by concurrent clients.
 */
interface IngestTarget {

  /** Writes a transaction Bundle given as JSON; fails unless the hub takes it. */
  void write(String bundleJson) throws Exception;

  /** How many current resources of {@code type} a search of the hub finds. */
  long count(String type) throws Exception;

  /** The write path of the hub in {@code ctx}, called in this JVM. */
  static IngestTarget inProcess(ConfigurableApplicationContext ctx) {
    // Parsing is part of the write path: the REST API parses every Bundle it is sent.
    InProcessClient client = InProcessClient.of(ctx);
    return new IngestTarget() {
      @Override
      public void write(String bundleJson) {
        client.bundle(bundleJson);
      }

      @Override
      public long count(String type) {
        return client.count(type);
      }
    };
  }

  /** The REST API of the hub in {@code ctx}, over HTTP. */
  static IngestTarget http(ConfigurableApplicationContext ctx) {
    int port = ((ServletWebServerApplicationContext) ctx).getWebServer().getPort();
    URI base = URI.create("http://127.0.0.1:" + port + "/fhir");
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    FhirContext fhir = ctx.getBean(FhirContext.class);
    return new IngestTarget() {
      @Override
      public void write(String json) throws Exception {
        HttpRequest request =
            HttpRequest.newBuilder(base)
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/fhir+json")
                .header("Prefer", "return=minimal")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        requireOk(client.send(request, HttpResponse.BodyHandlers.ofString()), "a Bundle");
      }

      @Override
      public long count(String type) throws Exception {
        HttpRequest request =
            HttpRequest.newBuilder(URI.create(base + "/" + type + "?_summary=count"))
                .timeout(Duration.ofMinutes(5))
                .header("Accept", "application/fhir+json")
                .GET()
                .build();
        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
        requireOk(r, "a search");
        return fhir.newJsonParser().parseResource(Bundle.class, r.body()).getTotal();
      }
    };
  }

  private static void requireOk(HttpResponse<String> r, String what) {
    if (r.statusCode() != 200) {
      throw new IllegalStateException(
          "The hub refused " + what + " with HTTP " + r.statusCode() + ": " + r.body());
    }
  }
}
