package fi.polku.mapping.load;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The Camel route that loads one entity: the source's records are split off one at a time
 * (streaming: the reader is an iterator over the file or result set), each is prepared and batched,
 * and after the last record the final batch is written. The route runs in the caller's thread
 * ({@code direct:}), so records are handled in source order, which duplicate detection relies on.
 */
final class LoadRoutes extends RouteBuilder {

  /** The endpoint a run sends each entity's job to. */
  static final String ENTITY = "direct:polku-load-entity";

  /** The endpoint a run sends each SQL entity's job to. */
  static final String SQL_ENTITY = "direct:polku-load-sql-entity";

  /** The exchange property holding the {@link EntityJob}. */
  static final String JOB = "polku.job";

  /** The exchange property holding the SQL endpoint URI of an SQL entity. */
  static final String SQL_URI = "polku.sqlUri";

  @Override
  public void configure() {
    from(ENTITY)
        .routeId("polku-load-entity")
        .split(body())
        .streaming()
        .stopOnException()
        .process(e -> job(e).accept(e.getIn().getBody()))
        .end()
        .process(e -> job(e).finish());

    // Camel's SQL component streams the result set (outputType=StreamList) while this exchange
    // lives: the split reads it row by row, and the result set is closed when the route ends.
    from(SQL_ENTITY)
        .routeId("polku-load-sql-entity")
        .toD("${exchangeProperty." + SQL_URI + "}")
        .split(body())
        .streaming()
        .stopOnException()
        .process(e -> job(e).accept(e.getIn().getBody()))
        .end()
        .process(e -> job(e).finish());
  }

  private static EntityJob job(Exchange e) {
    return e.getProperty(JOB, EntityJob.class);
  }
}
