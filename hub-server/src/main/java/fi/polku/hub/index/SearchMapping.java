package fi.polku.hub.index;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.hub.store.ResourceEntity;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.hl7.fhir.r5.model.Resource;

/**
 * Maps the current-resource entity ({@code resource} table) to one index for all resource types
 * ({@value #INDEX} unless configured). Programmatic, so the store's entity stays free of search
 * annotations.
 */
public final class SearchMapping implements HibernateOrmSearchMappingConfigurer {

  /** The default name of the index. */
  public static final String INDEX = "resource";

  private final ResourceIndexer indexer;
  private final FhirContext fhir;
  private final String index;
  private final boolean flatDates;

  /**
   * A mapping indexing with {@code indexer} into {@code index}; {@code fhir} parses rows loaded
   * from the database.
   *
   * @param flatDates whether a date parameter with one value gets flat bounds rather than a nested
   *     object ({@link IndexFields#dateLow}): for the embedded index only, since a cluster refuses
   *     a nested query on a path no document has yet
   */
  public SearchMapping(ResourceIndexer indexer, FhirContext fhir, String index, boolean flatDates) {
    this.indexer = indexer;
    this.fhir = fhir;
    this.index = index;
    this.flatDates = flatDates;
  }

  @Override
  public void configure(HibernateOrmMappingConfigurationContext context) {
    TypeMappingStep type = context.programmaticMapping().type(ResourceEntity.class);
    type.indexed().index(index).routingBinder(new DeletedNotIndexed());
    type.binder(new ResourceBinder(indexer, this::content, flatDates));
  }

  private Resource content(ResourceEntity entity) {
    if (entity.parsed() instanceof Resource r) {
      return r;
    }
    return (Resource) fhir.newJsonParser().parseResource(entity.json());
  }
}
