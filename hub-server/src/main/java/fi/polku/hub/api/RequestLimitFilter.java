package fi.polku.hub.api;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the configured size with 413 and an OperationOutcome: at once when
 * {@code Content-Length} says so, otherwise as soon as the body read passes the limit (chunked
 * uploads), so a huge body is never buffered.
 */
public final class RequestLimitFilter extends OncePerRequestFilter {

  private final FhirContext fhir;
  private final long maxBytes;

  /** A filter allowing bodies of at most {@code maxBytes}. */
  public RequestLimitFilter(FhirContext fhir, long maxBytes) {
    this.fhir = fhir;
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      HubException e = tooLarge();
      response.setStatus(413);
      response.setContentType("application/fhir+json;charset=utf-8");
      String lang = Problems.language(request.getHeader("Accept-Language"));
      byte[] body =
          fhir.newJsonParser()
              .encodeResourceToString(Problems.toOperationOutcome(e, lang, null))
              .getBytes(StandardCharsets.UTF_8);
      response.setContentLength(body.length);
      // The client may still be sending; tell it the connection will not be reused.
      response.setHeader("Connection", "close");
      response.getOutputStream().write(body);
      return;
    }
    chain.doFilter(new Limited(request), response);
  }

  private HubException tooLarge() {
    return new HubException(HubCodes.PAYLOAD_TOO_LARGE, Map.of("limit", Long.toString(maxBytes)));
  }

  /** Counts body bytes as they are read. */
  private final class Limited extends HttpServletRequestWrapper {
    private ServletInputStream stream;

    Limited(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream());
      }
      return stream;
    }
  }

  private final class Counting extends ServletInputStream {
    private final ServletInputStream in;
    private long count;

    Counting(ServletInputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = in.read(buf, off, len);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    private void add(long n) {
      count += n;
      if (count > maxBytes) {
        throw tooLarge();
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
