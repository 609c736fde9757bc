package fi.polku.validation.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.validation.spi.ReferenceResolver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The records around validated ones, fetched through a {@link ReferenceResolver} and turned into
 * FHIR JSON, remembered for the validations of one batch. Records referred to by several validated
 * records (a study right and its absences, sent together) are then fetched and encoded once per
 * batch instead of once per referring record, which was the larger part of the rules' cost.
 *
 * <p>The batch is validated against one state of the records (nothing is written while it is
 * validated), so an answer remembered is the answer the resolver would give again. A record's JSON
 * is shared by every validation of the batch, so no one changes it: collecting context keeps the
 * references it links beside the tree ({@link ContextCollector.Record#links()}). Not thread-safe:
 * one per batch and thread.
 */
final class ContextRecords {

  private final ReferenceResolver resolver;
  private final Function<IBaseResource, ObjectNode> toJson;
  private final Function<String, ObjectNode> parse;
  private final Map<String, Optional<IBaseResource>> resolved = new HashMap<>();
  private final Map<List<String>, List<IBaseResource>> referencing = new HashMap<>();
  private final Map<IBaseResource, ObjectNode> json = new IdentityHashMap<>();

  /**
   * @param resolver where records come from
   * @param toJson turns a resolved resource into FHIR JSON (with decimals kept exact)
   * @param parse reads the JSON the resolver has at hand ({@link ReferenceResolver#json}) the same
   *     way
   */
  ContextRecords(
      ReferenceResolver resolver,
      Function<IBaseResource, ObjectNode> toJson,
      Function<String, ObjectNode> parse) {
    this.resolver = resolver;
    this.toJson = toJson;
    this.parse = parse;
  }

  /**
   * Lets the resolver fetch together the records that {@link #resolve} and {@link #referencing}
   * will be asked for ({@link ReferenceResolver#prefetch}), leaving out what was asked already.
   */
  void prefetch(ContextPrefetch planned) {
    List<String> references = new ArrayList<>();
    for (String r : planned.references()) {
      if (!resolved.containsKey(r)) {
        references.add(r);
      }
    }
    if (!references.isEmpty()) {
      resolver.prefetch(references);
    }
    planned
        .referencing()
        .forEach(
            (question, targets) -> {
              List<String> asked = new ArrayList<>();
              for (String t : targets) {
                if (!referencing.containsKey(List.of(question.get(0), question.get(1), t))) {
                  asked.add(t);
                }
              }
              if (!asked.isEmpty()) {
                resolver.prefetchReferencing(question.get(0), question.get(1), asked);
              }
            });
  }

  /** {@link ReferenceResolver#resolve}, asked once per reference. */
  Optional<IBaseResource> resolve(String reference) {
    Optional<IBaseResource> r = resolved.get(reference);
    if (r == null) {
      r = resolver.resolve(reference);
      resolved.put(reference, r);
    }
    return r;
  }

  /** {@link ReferenceResolver#referencing}, asked once per question. */
  List<IBaseResource> referencing(String resourceType, String path, String reference) {
    List<String> key = List.of(resourceType, path, reference);
    List<IBaseResource> r = referencing.get(key);
    if (r == null) {
      r = new ArrayList<>(resolver.referencing(resourceType, path, reference));
      referencing.put(key, r);
    }
    return r;
  }

  /** The FHIR JSON of {@code resource}, read once per batch: shared, not to be changed. */
  ObjectNode json(IBaseResource resource) {
    ObjectNode pristine = json.get(resource);
    if (pristine == null) {
      Optional<String> given = resolver.json(resource);
      pristine = given.isPresent() ? parse.apply(given.get()) : toJson.apply(resource);
      json.put(resource, pristine);
    }
    return pristine;
  }
}
