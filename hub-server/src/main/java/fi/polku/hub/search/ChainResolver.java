package fi.polku.hub.search;

import java.util.List;

/** Resolves chains and reverse chains into bounded sets by sub-queries. */
interface ChainResolver {

  /** The references ({@code Type/id}) to resources matching the chain's inner criteria. */
  List<String> chain(Criterion.Chain chain);

  /** Ids of resources of {@code targetType} referred to by resources matching the reverse chain. */
  List<String> has(Criterion.Has has, String targetType);
}
