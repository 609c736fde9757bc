package fi.polku.hub.index;

import fi.polku.hub.store.ResourceEntity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.ObjectStructure;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.hl7.fhir.r5.model.Resource;

/**
 * Binds the current-resource entity to the search index: fixed fields for type, id, row id and
 * last-updated, and one field template per kind of parameter field ({@link IndexFields}), so a new
 * model parameter needs no schema change, only a re-index of its values.
 */
public final class ResourceBinder implements TypeBinder {

  private final ResourceIndexer indexer;
  private final Function<ResourceEntity, Resource> content;
  private final boolean flatDates;

  /**
   * A binder.
   *
   * @param indexer computes the fields of a resource
   * @param content the resource of a row (the parsed one of the write when at hand)
   * @param flatDates whether a date parameter with one value gets flat bounds ({@link
   *     IndexFields#dateLow}) rather than a nested object
   */
  public ResourceBinder(
      ResourceIndexer indexer, Function<ResourceEntity, Resource> content, boolean flatDates) {
    this.indexer = indexer;
    this.content = content;
    this.flatDates = flatDates;
  }

  @Override
  public void bind(TypeBindingContext context) {
    context.dependencies().use("json").use("lastUpdated").use("version");
    IndexSchemaElement root = context.indexSchemaElement();
    Map<String, IndexFieldReference<?>> fixed = new HashMap<>();
    fixed.put(IndexFields.TYPE, root.field(IndexFields.TYPE, f -> f.asString()).toReference());
    fixed.put(
        IndexFields.ID,
        root.field(
                IndexFields.ID,
                f -> f.asString().sortable(Sortable.YES).projectable(Projectable.YES))
            .toReference());
    fixed.put(
        IndexFields.PID,
        root.field(
                IndexFields.PID,
                f -> f.asLong().sortable(Sortable.YES).projectable(Projectable.YES))
            .toReference());
    fixed.put(
        IndexFields.UPDATED,
        root.field(
                IndexFields.UPDATED,
                f -> f.asLong().sortable(Sortable.YES).projectable(Projectable.YES))
            .toReference());
    fixed.put(
        IndexFields.PRESENT,
        root.field(IndexFields.PRESENT, f -> f.asString()).multiValued().toReference());
    declareTemplates(root);
    context.bridge(ResourceEntity.class, new Bridge(indexer, content, fixed, flatDates));
  }

  /**
   * Value templates come first: a template's glob may match a nested path too, and the first
   * matching template wins.
   */
  private static void declareTemplates(IndexSchemaElement root) {
    root.fieldTemplate("rangeLow", f -> f.asLong()).matchingPathGlob("*." + IndexFields.LOW);
    root.fieldTemplate("rangeHigh", f -> f.asLong()).matchingPathGlob("*." + IndexFields.HIGH);
    // Doc values too, so a conjunction led by a narrower clause can check the bounds per hit.
    root.fieldTemplate("dateLow", f -> f.asLong().sortable(Sortable.YES))
        .matchingPathGlob(IndexFields.dateLow("*"));
    root.fieldTemplate("dateHigh", f -> f.asLong().sortable(Sortable.YES))
        .matchingPathGlob(IndexFields.dateHigh("*"));
    root.fieldTemplate("quantityValue", f -> f.asDouble())
        .matchingPathGlob("*." + IndexFields.QUANTITY_VALUE);
    root.fieldTemplate("quantityUnit", f -> f.asString())
        .matchingPathGlob("*." + IndexFields.QUANTITY_UNIT)
        .multiValued();
    root.fieldTemplate(
            "sortText",
            f ->
                f.asString()
                    .sortable(Sortable.YES)
                    .searchable(Searchable.YES)
                    .projectable(Projectable.YES))
        .matchingPathGlob(IndexFields.sortText("*"));
    root.fieldTemplate(
            "sortNumber", f -> f.asLong().sortable(Sortable.YES).projectable(Projectable.YES))
        .matchingPathGlob(IndexFields.sortNumber("*"));
    root.fieldTemplate("reference", f -> f.asString().projectable(Projectable.YES))
        .matchingPathGlob(IndexFields.reference("*"))
        .multiValued();
    for (String prefix :
        new String[] {
          IndexFields.token("*"),
          IndexFields.ofType("*"),
          IndexFields.tokenText("*"),
          IndexFields.string("*"),
          IndexFields.exact("*"),
          IndexFields.referenceIdentifier("*"),
          IndexFields.uri("*")
        }) {
      root.fieldTemplate("keyword_" + prefix, f -> f.asString())
          .matchingPathGlob(prefix)
          .multiValued();
    }
    root.fieldTemplate("number", f -> f.asDouble())
        .matchingPathGlob(IndexFields.number("*"))
        .multiValued();
    root.objectFieldTemplate("dateRange", ObjectStructure.NESTED)
        .matchingPathGlob(IndexFields.date("*"))
        .multiValued();
    root.objectFieldTemplate("quantity", ObjectStructure.NESTED)
        .matchingPathGlob(IndexFields.quantity("*"))
        .multiValued();
  }

  /** Writes the fields of one row. */
  private static final class Bridge implements TypeBridge<ResourceEntity> {
    private final ResourceIndexer indexer;
    private final Function<ResourceEntity, Resource> content;
    private final Map<String, IndexFieldReference<?>> fixed;
    private final boolean flatDates;

    Bridge(
        ResourceIndexer indexer,
        Function<ResourceEntity, Resource> content,
        Map<String, IndexFieldReference<?>> fixed,
        boolean flatDates) {
      this.indexer = indexer;
      this.content = content;
      this.fixed = fixed;
      this.flatDates = flatDates;
    }

    @Override
    public void write(
        DocumentElement target, ResourceEntity entity, TypeBridgeWriteContext context) {
      if (entity.deleted() || entity.json() == null) {
        return;
      }
      Sink sink = new Sink(target, fixed, flatDates);
      indexer.index(
          entity.type(),
          entity.resourceId(),
          entity.pid(),
          entity.lastUpdated().toEpochMilli(),
          content.apply(entity),
          sink);
      sink.writeDates();
    }
  }

  /**
   * An {@link IndexSink} over a Hibernate Search document. Date ranges are held until {@link
   * #writeDates}: a parameter with one value gets flat bound fields, one with several the nested
   * objects (see {@link IndexFields#dateLow}).
   */
  private static final class Sink implements IndexSink {
    private final DocumentElement doc;
    private final Map<String, IndexFieldReference<?>> fixed;
    private final boolean flatDates;
    private final Map<String, List<DateRange>> dates = new LinkedHashMap<>();

    Sink(DocumentElement doc, Map<String, IndexFieldReference<?>> fixed, boolean flatDates) {
      this.doc = doc;
      this.fixed = fixed;
      this.flatDates = flatDates;
    }

    @SuppressWarnings("unchecked")
    private <F> void add(String field, F value) {
      IndexFieldReference<?> ref = fixed.get(field);
      if (ref != null) {
        doc.addValue((IndexFieldReference<F>) ref, value);
      } else {
        doc.addValue(field, value);
      }
    }

    @Override
    public void keyword(String field, String value) {
      add(field, value);
    }

    @Override
    public void longValue(String field, long value) {
      add(field, value);
    }

    @Override
    public void doubleValue(String field, double value) {
      add(field, value);
    }

    @Override
    public void dateRange(String field, DateRange range) {
      dates.computeIfAbsent(field, k -> new ArrayList<>(1)).add(range);
    }

    void writeDates() {
      for (Map.Entry<String, List<DateRange>> e : dates.entrySet()) {
        List<DateRange> ranges = e.getValue();
        if (flatDates && ranges.size() == 1) {
          String code = IndexFields.dateCode(e.getKey());
          doc.addValue(IndexFields.dateLow(code), ranges.get(0).low());
          doc.addValue(IndexFields.dateHigh(code), ranges.get(0).high());
          continue;
        }
        for (DateRange range : ranges) {
          DocumentElement o = doc.addObject(e.getKey());
          o.addValue(IndexFields.LOW, range.low());
          o.addValue(IndexFields.HIGH, range.high());
        }
      }
    }

    @Override
    public void quantity(String field, double value, Iterable<String> unitTokens) {
      DocumentElement o = doc.addObject(field);
      o.addValue(IndexFields.QUANTITY_VALUE, value);
      for (String u : unitTokens) {
        o.addValue(IndexFields.QUANTITY_UNIT, u);
      }
    }
  }
}
