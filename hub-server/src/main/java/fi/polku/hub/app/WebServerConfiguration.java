package fi.polku.hub.app;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.server.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * The HTTP server listens where {@code polku.server.*} says, and answers browsers of the origins it
 * names (CORS).
 */
@Configuration(proxyBeanMethods = false)
class WebServerConfiguration {

  @Bean
  WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> polkuServer(
      PolkuProperties props) {
    return factory -> {
      factory.setPort(props.server().port());
      try {
        factory.setAddress(InetAddress.getByName(props.server().bind()));
      } catch (UnknownHostException e) {
        throw new InvalidSettingException(
            "polku.server.bind", props.server().bind(), SettingRules.addressOfThisMachine(), e);
      }
    };
  }

  /**
   * Requests Tomcat refuses before the API sees them are answered with OperationOutcomes too: the
   * host's error report valve is {@link OutcomeErrorReportValve}. Set while the context is
   * prepared, before the host starts and installs its valve.
   */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> outcomeErrorReports() {
    return factory ->
        factory.addContextCustomizers(
            context -> {
              if (!(context.getParent() instanceof StandardHost host)) {
                throw new IllegalStateException(
                    "The Tomcat context has no host yet: the error report valve cannot be set");
              }
              host.setErrorReportValveClass(OutcomeErrorReportValve.class.getName());
            });
  }

  /** Headers a FHIR client sends: content negotiation, conditions, preferences. */
  static final List<String> CORS_REQUEST_HEADERS =
      List.of(
          "Accept",
          "Accept-Language",
          "Authorization",
          "Content-Type",
          "If-Match",
          "If-Modified-Since",
          "If-None-Exist",
          "If-None-Match",
          "Prefer");

  /** Response headers a browser application may read: where a write went and its version. */
  static final List<String> CORS_EXPOSED_HEADERS =
      List.of("Location", "Content-Location", "ETag", "Last-Modified");

  /**
   * CORS for {@code polku.server.cors-origins}: before every other filter, so that a preflight is
   * answered without touching the API and refusals (413, 415) still carry the CORS headers. With no
   * origins configured the filter is not registered and browsers keep their same-origin rule.
   */
  @Bean
  FilterRegistrationBean<CorsFilter> corsFilter(PolkuProperties props) {
    List<String> origins = props.server().corsOrigins().stream().filter(o -> !o.isBlank()).toList();
    CorsConfiguration cors = new CorsConfiguration();
    cors.setAllowedOriginPatterns(origins);
    cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
    cors.setAllowedHeaders(CORS_REQUEST_HEADERS);
    cors.setExposedHeaders(CORS_EXPOSED_HEADERS);
    cors.setMaxAge(Duration.ofHours(1));
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    // The filter is mapped to /fhir/* only; the path the source sees is within that mapping.
    source.registerCorsConfiguration("/**", cors);
    CorsFilter filter = new CorsFilter(source);
    filter.setCorsProcessor(new OutcomeCorsProcessor());
    FilterRegistrationBean<CorsFilter> reg = new FilterRegistrationBean<>(filter);
    reg.addUrlPatterns("/fhir/*");
    reg.setOrder(Ordered.HIGHEST_PRECEDENCE);
    reg.setEnabled(!origins.isEmpty());
    return reg;
  }

  /** Refuses a request from an origin not allowed with an OperationOutcome, not plain text. */
  static final class OutcomeCorsProcessor extends DefaultCorsProcessor {
    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
      response.setStatusCode(HttpStatus.FORBIDDEN);
      response.getHeaders().setContentType(MediaType.parseMediaType("application/fhir+json"));
      // The processor is not given the request: the English text, with fi and sv as translations.
      response
          .getBody()
          .write(ServerRefusals.json(403, null, "en").getBytes(StandardCharsets.UTF_8));
      response.flush();
    }
  }
}
