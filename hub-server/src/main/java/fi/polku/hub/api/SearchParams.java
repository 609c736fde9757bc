package fi.polku.hub.api;

import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.TokenAndListParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import fi.polku.hub.store.SearchCriteria;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** HAPI search parameters to the store's basic {@link SearchCriteria}. */
final class SearchParams {

  private SearchParams() {}

  static SearchCriteria criteria(
      TokenOrListParam ids, TokenAndListParam identifiers, DateRangeParam lastUpdated) {
    List<String> idList = new ArrayList<>();
    if (ids != null) {
      for (TokenParam t : ids.getValuesAsQueryTokens()) {
        idList.add(t.getValue());
      }
    }
    List<List<SearchCriteria.Token>> ands = new ArrayList<>();
    if (identifiers != null) {
      for (TokenOrListParam or : identifiers.getValuesAsQueryTokens()) {
        List<SearchCriteria.Token> tokens = new ArrayList<>();
        for (TokenParam t : or.getValuesAsQueryTokens()) {
          tokens.add(new SearchCriteria.Token(t.getSystem(), t.getValue()));
        }
        ands.add(tokens);
      }
    }
    Instant from = null;
    Instant to = null;
    if (lastUpdated != null) {
      Date lower = lastUpdated.getLowerBoundAsInstant();
      Date upper = lastUpdated.getUpperBoundAsInstant();
      from = lower == null ? null : lower.toInstant();
      // The upper bound HAPI computes is inclusive to the millisecond.
      to = upper == null ? null : upper.toInstant().plusMillis(1);
    }
    return new SearchCriteria(idList, ands, from, to);
  }
}
