package fi.polku.mapping.transform;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.mapping.spec.EntitySpec;
import fi.polku.mapping.spec.LoadedSpec;
import fi.polku.mapping.spec.MappingSpec;
import fi.polku.mapping.spec.ResourceSpec;
import fi.polku.mapping.spec.SourceSpec.SourceKind;
import fi.polku.mapping.transform.spi.CodeTranslator;
import fi.polku.validation.PolkuValidators;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a spec into a {@link CompiledMapping}: checks the run parameters, loads the ConceptMaps,
 * resolves every source field and every target path against the model, and builds the per-record
 * plans. All problems are collected and thrown together as one {@link
 * fi.polku.mapping.spec.SpecException}, each with its file, line and key.
 */
public final class MappingCompiler {

  /** Base of every source key system: {@code <base><source-system>/<kind>}. */
  public static final String SOURCE_BASE = "https://polku.fi/fhir/source/";

  private MappingCompiler() {}

  /** Compiles with the validators' FHIR context and the spec's own ConceptMaps. */
  public static CompiledMapping compile(LoadedSpec loaded, Map<String, String> parameters) {
    return compile(loaded, parameters, PolkuValidators.fhirContext(), null);
  }

  /**
   * Compiles {@code loaded}.
   *
   * @param translator translates codes; null: the spec's ConceptMaps, held in memory
   */
  public static CompiledMapping compile(
      LoadedSpec loaded,
      Map<String, String> parameters,
      FhirContext fhir,
      CodeTranslator translator) {
    MappingSpec spec = loaded.spec();
    Problems problems = new Problems();
    Params params = Params.resolve(spec, parameters, problems);
    String sourceSystem = params.substitute(spec.sourceSystem(), spec.loc());
    if (sourceSystem != null && !sourceSystem.matches("[a-z0-9][a-z0-9._-]*")) {
      problems.add(
          spec.loc(),
          "sourceSystem '"
              + sourceSystem
              + "' must be lower-case letters, digits, '.', '_' or '-'");
    }
    problems.throwIfAny();
    ConceptMapTranslator maps = ConceptMapTranslator.load(fhir, loaded.files(), spec.conceptMaps());
    CodeTranslator codes = translator != null ? translator : maps;
    ModelInfo model = new ModelInfo(fhir);
    Plans plans = new Plans(spec, sourceSystem, params, model, problems);
    List<EntityPlan> entities = new ArrayList<>();
    for (EntitySpec e : spec.entities()) {
      entities.add(plans.entity(e, codes));
    }
    problems.throwIfAny();
    return new CompiledMapping(loaded, params.values(), sourceSystem, entities, maps.files());
  }

  /** The resource plans of a spec: created first (so references resolve), completed per entity. */
  private static final class Plans implements FieldCompiler.Resources {
    private final MappingSpec spec;
    private final String sourceSystem;
    private final Params params;
    private final ModelInfo model;
    private final Problems problems;
    private final Map<String, ResourcePlan> byName = new LinkedHashMap<>();
    private final Map<String, Integer> slots = new LinkedHashMap<>();
    private final Map<ResourceSpec, ResourcePlan> bySpec = new LinkedHashMap<>();

    Plans(
        MappingSpec spec, String sourceSystem, Params params, ModelInfo model, Problems problems) {
      this.spec = spec;
      this.sourceSystem = sourceSystem;
      this.params = params;
      this.model = model;
      this.problems = problems;
      List<ResourceSpec> all = new ArrayList<>();
      for (EntitySpec e : spec.entities()) {
        flatten(e.resources(), all);
      }
      for (ResourceSpec r : all) {
        slots.putIfAbsent(r.name(), slots.size());
      }
      for (EntitySpec e : spec.entities()) {
        for (ResourceSpec r : flattened(e)) {
          create(e, r, all.size());
        }
      }
    }

    private static void flatten(List<ResourceSpec> specs, List<ResourceSpec> out) {
      for (ResourceSpec r : specs) {
        out.add(r);
        flatten(r.resources(), out);
      }
    }

    private static List<ResourceSpec> flattened(EntitySpec e) {
      List<ResourceSpec> out = new ArrayList<>();
      flatten(e.resources(), out);
      return out;
    }

    private void create(EntitySpec entity, ResourceSpec r, int slotCount) {
      if (byName.containsKey(r.name())) {
        problems.add(r.loc(), "a resource named '" + r.name() + "' is already declared");
        return;
      }
      if (!model.isResourceType(r.type())) {
        problems.add(r.loc(), "unknown resource type '" + r.type() + "'");
        return;
      }
      String sks =
          r.sourceKey() == null
              ? null
              : MappingCompiler.SOURCE_BASE + sourceSystem + "/" + r.sourceKey();
      List<String> match = new ArrayList<>();
      for (String m : r.match()) {
        if (m.equals(ResourceSpec.SOURCE_KEY)) {
          if (sks == null) {
            problems.add(r.loc(), "'match' names source-key, but the resource has no source key");
          } else {
            match.add(sks);
          }
        } else {
          match.add(params.substitute(m, r.loc()));
        }
      }
      if (r.each() != null && r.sourceKey() != null && r.key() == null) {
        problems.add(r.loc(), "a resource built for each element needs its own 'key' template");
      }
      ResourcePlan plan =
          new ResourcePlan(
              r.name(),
              r.type(),
              slots.get(r.name()),
              bySpec.size(),
              sks,
              null,
              match,
              r.repeat(),
              null,
              null,
              slotCount);
      byName.put(r.name(), plan);
      bySpec.put(r, plan);
    }

    @Override
    public ResourcePlan byName(String name) {
      return byName.get(name);
    }

    @Override
    public int slotOf(String name) {
      return slots.get(name);
    }

    EntityPlan entity(EntitySpec e, CodeTranslator codes) {
      SourceKind kind = spec.source() == null ? SourceKind.CSV : spec.source().kind();
      EntityChecks.check(e, kind, problems);
      SourceFields fields = new SourceFields(kind, e.columns(), problems);
      FieldCompiler fc =
          new FieldCompiler(
              spec.source(),
              fields,
              new PathCompiler(model, problems),
              params,
              codes,
              spec.groups(),
              this,
              problems);
      Template entityKey =
          e.key() == null ? null : fields.template(params.substitute(e.key(), e.loc()), e.loc());
      List<ResourcePlan> top = new ArrayList<>();
      List<ResourcePlan> all = new ArrayList<>();
      for (ResourceSpec r : e.resources()) {
        ResourcePlan p = complete(r, entityKey, fields, fc, all);
        if (p != null) {
          top.add(p);
        }
      }
      SourceCoverage coverage =
          kind.documents()
              ? SourceCoverage.of(e, spec.groups(), spec.ignored())
              : SourceCoverage.everything();
      return new EntityPlan(e, entityKey, top, all, coverage, unusedColumns(e, fields));
    }

    /**
     * The columns an entity lists but loads nowhere (neither a field, key nor condition reads them,
     * they do not order an incremental read, and the spec does not ignore them): their values would
     * be dropped in silence, so the load report names them.
     */
    private List<String> unusedColumns(EntitySpec e, SourceFields fields) {
      java.util.Set<String> quiet = new java.util.HashSet<>();
      if (spec.ignored() != null) {
        spec.ignored().forEach(i -> quiet.add(i.path().trim().toLowerCase(java.util.Locale.ROOT)));
      }
      if (e.incremental() != null) {
        quiet.add(e.incremental().column().toLowerCase(java.util.Locale.ROOT));
        quiet.add(e.incremental().key().toLowerCase(java.util.Locale.ROOT));
      }
      return fields.unused().stream()
          .filter(c -> !quiet.contains(c.toLowerCase(java.util.Locale.ROOT)))
          .toList();
    }

    private ResourcePlan complete(
        ResourceSpec r,
        Template entityKey,
        SourceFields fields,
        FieldCompiler fc,
        List<ResourcePlan> all) {
      ResourcePlan draft = bySpec.get(r);
      if (draft == null) {
        return null;
      }
      Template key =
          r.key() != null
              ? fields.template(params.substitute(r.key(), r.loc()), r.loc())
              : entityKey;
      Accessor[] each = null;
      if (r.each() != null) {
        each =
            r.each().stream()
                .map(n -> fields.resolve(n, r.loc()))
                .filter(a -> a != null)
                .toArray(Accessor[]::new);
      }
      ResourcePlan plan =
          new ResourcePlan(
              draft.name(),
              draft.type(),
              slotOf(draft.name()),
              draft.order(),
              draft.sourceKeySystem(),
              key,
              draft.matchSystems(),
              draft.repeat(),
              fc.condition(r.when()),
              each,
              slots.size());
      plan.entityKey(r.key() == null && entityKey != null);
      byName.put(plan.name(), plan);
      all.add(plan);
      List<FieldPlan> fieldPlans = fc.compile(r.fields(), model.resource(r.type()));
      List<ResourcePlan> nested = new ArrayList<>();
      for (ResourceSpec n : r.resources()) {
        ResourcePlan np = complete(n, null, fields, fc, all);
        if (np != null) {
          nested.add(np);
        }
      }
      List<ResourcePlan.CheckPlan> checks = new ArrayList<>();
      for (ResourceSpec.CheckSpec c : r.checks()) {
        if (!c.kind().equals("organisation-part-of")) {
          problems.add(c.loc(), "unknown check '" + c.kind() + "'; known: organisation-part-of");
          continue;
        }
        Accessor unit = fields.resolve(c.unit(), c.loc());
        Accessor org = fields.resolve(c.organisation(), c.loc());
        if (unit != null && org != null) {
          checks.add(new ResourcePlan.CheckPlan(c.kind(), unit, org));
        }
      }
      plan.complete(fieldPlans, nested, checks);
      return plan;
    }
  }
}
