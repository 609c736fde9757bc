package fi.polku.hub.app;

import fi.polku.hub.problem.Problems;
import java.io.IOException;
import java.io.Writer;
import java.util.UUID;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer to requests Tomcat refuses before the API sees them: a request line or headers over
 * the size limit, a path Tomcat will not map (an encoded {@code /} in an id), characters it does
 * not accept in a URL. Tomcat's own page is HTML; the hub answers, as everywhere else, with an
 * OperationOutcome carrying a stable code. Tomcat creates the valve by class name for the host.
 */
public final class OutcomeErrorReportValve extends ErrorReportValve {

  private static final Logger LOG = LoggerFactory.getLogger(OutcomeErrorReportValve.class);

  /** Made by Tomcat, by class name. */
  public OutcomeErrorReportValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    // Only Tomcat's own refusals: the API writes its OperationOutcomes itself.
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    String correlationId = null;
    if (status >= 500) {
      correlationId = UUID.randomUUID().toString();
      // The exception's message may quote the request; its type is enough to find the cause.
      LOG.error(
          "Request failed before the API [{}]: {}",
          correlationId,
          throwable == null ? "no exception" : throwable.getClass().getName());
    }
    String lang = Problems.language(request.getHeader("Accept-Language"));
    try {
      response.setContentType("application/fhir+json");
      response.setCharacterEncoding("utf-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(ServerRefusals.json(status, correlationId, lang));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException ex) {
      // The client is gone or the response was committed meanwhile: nothing more can be said.
      LOG.debug("Could not write the error answer ({})", ex.getClass().getName());
    }
  }
}
