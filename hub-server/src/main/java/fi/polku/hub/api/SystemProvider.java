package fi.polku.hub.api;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.History;
import ca.uhn.fhir.rest.annotation.Since;
import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import ca.uhn.fhir.rest.api.PreferReturnEnum;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.RestfulServerUtils;
import fi.polku.hub.problem.Problems;
import fi.polku.hub.write.WriteService;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.InstantType;

/** Server-level interactions: batch/transaction Bundles and the history of the whole server. */
public final class SystemProvider {

  private final WriteService writer;
  private final Pages pages;

  /** The system provider. */
  public SystemProvider(WriteService writer, Pages pages) {
    this.writer = writer;
    this.pages = pages;
  }

  /** {@code POST /fhir} with a batch or transaction Bundle. */
  @Transaction
  public Bundle transaction(@TransactionParam Bundle bundle, RequestDetails request) {
    boolean representation =
        RestfulServerUtils.parsePreferHeader(null, request.getHeader("Prefer")).getReturn()
            == PreferReturnEnum.REPRESENTATION;
    String lang = Problems.language(request.getHeader("Accept-Language"));
    return writer.bundle(bundle, representation, lang);
  }

  /** System history. */
  @History
  public IBundleProvider history(
      @Since InstantType since,
      @Count Integer count,
      @ca.uhn.fhir.rest.annotation.Offset Integer offset) {
    return pages.history(null, null, since, count, offset);
  }
}
