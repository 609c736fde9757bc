package fi.polku.hub.app;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.hub.index.SearchParamRegistry;
import fi.polku.hub.search.SearchParser;
import fi.polku.hub.search.SearchService;
import fi.polku.hub.write.WriteService;
import java.util.Map;
import org.hl7.fhir.r5.model.Bundle;
import org.springframework.context.ApplicationContext;

/**
 * Sends Bundles to a started hub's write path in the same JVM, as the REST API would hand them on
 * (parse, then the write service), and searches it: for measurements without HTTP.
 */
public final class InProcessClient {

  private final FhirContext fhir;
  private final WriteService writer;
  private final SearchService search;
  private final SearchParser parser;

  private InProcessClient(
      FhirContext fhir, WriteService writer, SearchService search, SearchParser parser) {
    this.fhir = fhir;
    this.writer = writer;
    this.search = search;
    this.parser = parser;
  }

  /** A client of the hub in {@code ctx} (started with {@link PolkuApplication#start}). */
  public static InProcessClient of(ApplicationContext ctx) {
    return new InProcessClient(
        ctx.getBean(FhirContext.class),
        ctx.getBean(WriteService.class),
        ctx.getBean(SearchService.class),
        new SearchParser(ctx.getBean(SearchParamRegistry.class), 1, 1));
  }

  /**
   * How many current resources of {@code type} a search finds, as {@code GET
   * /fhir/<type>?_summary=count} would answer: it sees every write answered before it.
   */
  public long count(String type) {
    return search.count(parser.parse(type, Map.of(), true));
  }

  /**
   * Writes a batch or transaction Bundle given as JSON.
   *
   * @return the number of entries of the response Bundle
   */
  public int bundle(String json) {
    Bundle b = fhir.newJsonParser().parseResource(Bundle.class, json);
    Bundle response = writer.bundle(b, false, "en");
    if (response.getEntry().size() != b.getEntry().size()) {
      throw new IllegalStateException("The hub answered a Bundle with missing entries");
    }
    return response.getEntry().size();
  }
}
