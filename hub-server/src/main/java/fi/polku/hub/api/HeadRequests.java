package fi.polku.hub.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers {@code HEAD} as the {@code GET} of the same URL without its body, as HTTP asks: HAPI
 * routes {@code HEAD} to reads only, so a {@code HEAD} of a search or of the conformance types was
 * 404. The request goes on as a {@code GET}; the web server sends no body for the {@code HEAD} it
 * received.
 */
public final class HeadRequests extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!"HEAD".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    chain.doFilter(
        new HttpServletRequestWrapper(request) {
          @Override
          public String getMethod() {
            return "GET";
          }
        },
        response);
  }
}
