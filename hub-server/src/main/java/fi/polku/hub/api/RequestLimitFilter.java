package fi.polku.hub.api;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.problem.Problems;
import fi.polku.validation.api.Text;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the configured size with 413 and an OperationOutcome: at once when
 * {@code Content-Length} says so, otherwise as soon as the body read passes the limit (chunked
 * uploads), so a huge body is never buffered. Compressed bodies are decompressed here and the limit
 * applies to their decompressed size.
 */
public final class RequestLimitFilter extends OncePerRequestFilter {

  private static final String CONTENT_ENCODING = "Content-Encoding";

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
      refuse(request, response, tooLarge());
      return;
    }
    String coding;
    try {
      coding = coding(request.getHeader(CONTENT_ENCODING));
    } catch (HubException e) {
      refuse(request, response, e);
      return;
    }
    chain.doFilter(new Limited(request, coding), response);
  }

  /** Answers with the OperationOutcome of {@code e}, before the API has seen the request. */
  private void refuse(HttpServletRequest request, HttpServletResponse response, HubException e)
      throws IOException {
    response.setStatus(e.code().status());
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
  }

  private HubException tooLarge() {
    return new HubException(HubCodes.PAYLOAD_TOO_LARGE, Map.of("limit", Long.toString(maxBytes)));
  }

  /**
   * Counts body bytes as they are read. A compressed body ({@code Content-Encoding: gzip} or {@code
   * deflate}) is decompressed here and the limit applies to what it decompresses to (what the hub
   * buffers), so a small compressed body cannot unpack to gigabytes; HAPI then sees a plain body.
   * Other encodings are refused with 415.
   */
  private final class Limited extends HttpServletRequestWrapper {
    private final String coding;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, String coding) {
      super(request);
      this.coding = coding;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), coding);
      }
      return stream;
    }

    @Override
    public String getHeader(String name) {
      return coding != null && CONTENT_ENCODING.equalsIgnoreCase(name)
          ? null
          : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return coding != null && CONTENT_ENCODING.equalsIgnoreCase(name)
          ? Collections.emptyEnumeration()
          : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      if (coding == null) {
        return super.getHeaderNames();
      }
      List<String> names = new ArrayList<>();
      for (String n : Collections.list(super.getHeaderNames())) {
        if (!CONTENT_ENCODING.equalsIgnoreCase(n)) {
          names.add(n);
        }
      }
      return Collections.enumeration(names);
    }

    @Override
    public int getContentLength() {
      return coding == null ? super.getContentLength() : -1;
    }

    @Override
    public long getContentLengthLong() {
      return coding == null ? super.getContentLengthLong() : -1;
    }
  }

  /**
   * The compression a {@code Content-Encoding} names: gzip, deflate, or null for none; refuses
   * others.
   */
  private static String coding(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String c = header.trim().toLowerCase(Locale.ROOT);
    return switch (c) {
      case "identity" -> null;
      case "gzip", "x-gzip" -> "gzip";
      case "deflate" -> "deflate";
      default ->
          throw HubException.withDetail(
              HubCodes.UNSUPPORTED_MEDIA_TYPE,
              new Text(
                      "Content-Encoding {coding} (vain gzip tai deflate)",
                      "Content-Encoding {coding} (endast gzip eller deflate)",
                      "Content-Encoding {coding} (gzip or deflate)")
                  .format(Map.of("coding", header.trim())));
    };
  }

  /**
   * The body as the API reads it: decompressed when it is compressed (the decompressor is made on
   * the first read, so a malformed body fails there, as a client error), counted against the limit.
   */
  private final class Counting extends ServletInputStream {
    private final ServletInputStream raw;
    private final String coding;
    private InputStream in;
    private long count;
    private boolean finished;

    Counting(ServletInputStream raw, String coding) {
      this.raw = raw;
      this.coding = coding;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n;
      try {
        if (in == null) {
          in =
              coding == null
                  ? raw
                  : coding.equals("gzip")
                      ? new GZIPInputStream(raw, 8192)
                      : new InflaterInputStream(raw);
        }
        n = in.read(buf, off, len);
      } catch (ZipException | EOFException e) {
        // The message is java.util.zip's, in English: framed like a parser's.
        throw new HubException(
            HubCodes.UNREADABLE_BODY,
            Map.of(),
            Map.of(
                "detail",
                new Text(
                        "sisältö ei ole kelvollista {coding}-pakattua dataa (Content-Encoding);"
                            + " purku ilmoitti: {message}",
                        "innehållet är inte giltigt {coding}-komprimerat (Content-Encoding);"
                            + " uppackningen meddelade: {message}",
                        "the body is not valid {coding} (Content-Encoding): {message}")
                    .format(Map.of("coding", coding, "message", String.valueOf(e.getMessage())))),
            e);
      }
      if (n > 0) {
        add(n);
      } else if (n < 0) {
        finished = true;
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
      return coding == null ? raw.isFinished() : finished;
    }

    @Override
    public boolean isReady() {
      return raw.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      raw.setReadListener(listener);
    }
  }
}
