package fi.polku.hub.search;

import fi.polku.hub.index.SearchParam;
import java.util.List;
import java.util.Map;

/** What one search parameter (one AND-part of a search) asks of a resource. */
public sealed interface Criterion {

  /** The parameter as the client wrote it, for error messages. */
  String name();

  /**
   * Any of {@code values} (comma = OR) matches parameter {@code param}, read with {@code modifier}.
   *
   * @param modifier the modifier without its colon; null for none
   */
  record Match(String name, SearchParam param, String modifier, List<String> values)
      implements Criterion {}

  /** {@code param:missing=true|false}. */
  record Missing(String name, SearchParam param, boolean missing) implements Criterion {}

  /**
   * A chained parameter: the reference {@code reference} points to a resource matching the inner
   * criterion of its type ({@code StudyRight?learner.identifier=...}).
   *
   * @param inner the criterion on each possible target type
   */
  record Chain(String name, SearchParam reference, Map<String, Criterion> inner)
      implements Criterion {}

  /**
   * A reverse chain ({@code _has}): some resource of {@code sourceType} matching {@code inner}
   * refers to this one through {@code reference}.
   */
  record Has(String name, String sourceType, SearchParam reference, Criterion inner)
      implements Criterion {}
}
