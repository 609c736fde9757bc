package fi.polku.hub.app;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.server.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The HTTP server listens where {@code polku.server.*} says. */
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
        throw new IllegalStateException(
            "polku.server.bind is not an address of this machine: " + props.server().bind(), e);
      }
    };
  }
}
