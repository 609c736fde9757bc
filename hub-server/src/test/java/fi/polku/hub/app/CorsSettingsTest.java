package fi.polku.hub.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.CorsFilter;

class CorsSettingsTest {

  private static FilterRegistrationBean<CorsFilter> filter(String origins) {
    Binder binder =
        new Binder(
            new MapConfigurationPropertySource(Map.of("polku.server.cors-origins", origins)));
    PolkuProperties props = binder.bindOrCreate("polku", PolkuProperties.class);
    return new WebServerConfiguration().corsFilter(props);
  }

  private static MockHttpServletResponse preflight(
      FilterRegistrationBean<CorsFilter> reg, String origin, String method, String headers)
      throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("OPTIONS", "/fhir/Learner/3");
    request.setServletPath("/fhir");
    request.setPathInfo("/Learner/3");
    request.addHeader("Origin", origin);
    request.addHeader("Access-Control-Request-Method", method);
    if (headers != null) {
      request.addHeader("Access-Control-Request-Headers", headers);
    }
    MockHttpServletResponse response = new MockHttpServletResponse();
    FilterChain chain = new MockFilterChain();
    reg.getFilter().doFilter(request, response, chain);
    return response;
  }

  @Test
  void aConfiguredOriginAndItsWildcardHostsPassThePreflightWithTheFhirHeaders() throws Exception {
    FilterRegistrationBean<CorsFilter> reg =
        filter("https://app.example.fi, https://*.apps.example.fi");

    MockHttpServletResponse exact =
        preflight(reg, "https://app.example.fi", "PUT", "content-type,if-match");
    MockHttpServletResponse wildcard =
        preflight(reg, "https://reports.apps.example.fi", "PATCH", "Prefer");

    assertThat(reg.isEnabled()).isTrue();
    assertThat(exact.getStatus()).isEqualTo(200);
    assertThat(exact.getHeader("Access-Control-Allow-Origin")).isEqualTo("https://app.example.fi");
    assertThat(exact.getHeader("Access-Control-Allow-Methods")).contains("PUT", "PATCH");
    assertThat(wildcard.getStatus()).isEqualTo(200);
  }

  @Test
  void anotherOriginOrAnUnlistedHeaderIsRefusedWithAnOperationOutcome() throws Exception {
    FilterRegistrationBean<CorsFilter> reg = filter("https://app.example.fi");

    MockHttpServletResponse foreign = preflight(reg, "https://evil.example.org", "GET", null);

    assertThat(foreign.getStatus()).isEqualTo(403);
    assertThat(foreign.getContentType()).startsWith("application/fhir+json");
    assertThat(foreign.getContentAsString())
        .contains("\"resourceType\":\"OperationOutcome\"")
        .contains("POLKU-HUB-0199")
        .contains("polku.server.cors-origins");
    assertThat(preflight(reg, "https://app.example.fi", "GET", "X-Secret").getStatus())
        .isEqualTo(403);
  }

  @Test
  void withoutOriginsTheFilterIsNotRegistered() {
    assertThat(filter("").isEnabled()).isFalse();
    assertThat(WebServerConfiguration.CORS_REQUEST_HEADERS).contains("If-Match", "Prefer");
  }
}
