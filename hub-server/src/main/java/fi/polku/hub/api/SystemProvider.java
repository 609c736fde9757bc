package fi.polku.hub.api;

import ca.uhn.fhir.rest.annotation.History;
import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import ca.uhn.fhir.rest.api.PreferReturnEnum;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.RestfulServerUtils;
import fi.polku.hub.problem.Problems;
import fi.polku.hub.write.WriteService;
import org.hl7.fhir.r5.model.Bundle;

/** Server-level interactions: batch/transaction Bundles and the history of the whole server. */
public final class SystemProvider {

  private final WriteService writer;
  private final SearchInterceptor searches;

  /** The system provider; {@code searches} also answers the search entries of Bundles. */
  SystemProvider(WriteService writer, SearchInterceptor searches) {
    this.writer = writer;
    this.searches = searches;
  }

  /** {@code POST /fhir} with a batch or transaction Bundle. */
  @Transaction
  public Bundle transaction(@TransactionParam Bundle bundle, RequestDetails request) {
    boolean representation =
        RestfulServerUtils.parsePreferHeader(null, request.getHeader("Prefer")).getReturn()
            == PreferReturnEnum.REPRESENTATION;
    String lang = Problems.language(request.getHeader("Accept-Language"));
    OwnBase.localize(request, bundle);
    return OwnBase.absolute(
        request, writer.bundle(bundle, representation, lang, searches.entrySearches(request)));
  }

  /** System history: routed here by HAPI, answered by {@link SearchInterceptor}. */
  @History
  public IBundleProvider history() {
    throw ResourceTypeProvider.answeredByInterceptor();
  }
}
