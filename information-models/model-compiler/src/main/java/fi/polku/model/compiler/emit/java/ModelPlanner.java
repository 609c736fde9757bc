package fi.polku.model.compiler.emit.java;

import com.squareup.javapoet.ClassName;
import fi.polku.model.compiler.emit.java.ChildPlan.Kind;
import fi.polku.model.compiler.ir.Element;
import fi.polku.model.compiler.ir.LocalizedText;
import fi.polku.model.compiler.ir.Model;
import fi.polku.model.compiler.ir.ResourceType;
import fi.polku.model.compiler.ir.SearchParam;
import fi.polku.model.compiler.ir.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the IR into {@link ResourcePlan}s: resolves types, reference targets and content
 * references, chooses Java names, and rejects what cannot become a working HAPI class (with a
 * {@link JavaGenerationException} naming the element). The writers trust its output.
 */
final class ModelPlanner {

  /** Names every model type would inherit from {@code DomainResource}. */
  private static final Set<String> RESOURCE_INHERITED =
      Set.of(
          "id",
          "meta",
          "implicitRules",
          "language",
          "text",
          "contained",
          "extension",
          "modifierExtension",
          "resourceType");

  /** Names every backbone component inherits from {@code BackboneElement}. */
  private static final Set<String> BLOCK_INHERITED = Set.of("id", "extension", "modifierExtension");

  private final Model model;
  private final String packageName;
  private final FhirTypeMapping types;
  private final InheritedMembers inherited = new InheritedMembers();

  ModelPlanner(Model model, String packageName, FhirTypeMapping types) {
    this.model = model;
    this.packageName = packageName;
    this.types = types;
  }

  /** Plans every resource type of the model, in model order. */
  List<ResourcePlan> plan() {
    List<ResourcePlan> plans = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ResourceType r : model.resources()) {
      if (!JavaNames.isIdentifierShape(r.name()) || JavaNames.isKeyword(r.name())) {
        throw new JavaGenerationException(
            "resource type name '" + r.name() + "' is not a valid Java class name");
      }
      if (r.name().equals(JavaModelGenerator.INDEX_CLASS) || !seen.add(r.name())) {
        throw new JavaGenerationException(
            "resource type name '" + r.name() + "' is duplicated or reserved");
      }
      plans.add(planResource(r));
    }
    return plans;
  }

  private ResourcePlan planResource(ResourceType r) {
    ClassName root = ClassName.get(packageName, r.name());
    Planned rootPlan = planClass(r, root, r.name(), true, r.label(), r.definition(), r.elements());
    List<ClassPlan> blocks = new ArrayList<>();
    flatten(rootPlan.nested(), blocks);
    Set<String> blockNames = new HashSet<>();
    for (ClassPlan b : blocks) {
      if (!blockNames.add(b.className().simpleName())) {
        throw new JavaGenerationException(
            r.name()
                + ": two backbone elements map to the nested class name "
                + b.className().simpleName());
      }
    }
    return new ResourcePlan(
        r, model.structureDefinitionUrl(r.name()), rootPlan.plan(), blocks, planSearchParams(r));
  }

  /** A planned class with the component classes planned inside it. */
  private record Planned(ClassPlan plan, List<Planned> nested) {}

  /** Depth first, in declaration order: a component comes right before its own components. */
  private static void flatten(List<Planned> planned, List<ClassPlan> out) {
    for (Planned p : planned) {
      out.add(p.plan());
      flatten(p.nested(), out);
    }
  }

  private Planned planClass(
      ResourceType r,
      ClassName root,
      String fhirType,
      boolean isResource,
      LocalizedText label,
      LocalizedText definition,
      List<Element> elements) {
    ClassName self = isResource ? root : root.nestedClass(JavaNames.componentName(fhirType));
    List<ChildPlan> children = new ArrayList<>();
    List<Planned> nested = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Set<String> signatures = new HashSet<>();
    Set<Integer> hashes = new HashSet<>();
    for (String n : isResource ? RESOURCE_INHERITED : BLOCK_INHERITED) {
      hashes.add(n.hashCode());
    }
    for (Element e : elements) {
      ChildPlan child = planChild(r, root, isResource, e, children.size());
      if (!names.add(child.name())) {
        throw JavaGenerationException.at(e, "duplicate element name '" + child.name() + "'");
      }
      for (String s : AccessorWriter.signatures(child)) {
        if (!signatures.add(s)) {
          throw JavaGenerationException.at(
              e, "generated accessor " + s + " clashes with that of another element");
        }
      }
      for (String key : PropertyWriter.switchNames(child)) {
        if (!hashes.add(key.hashCode())) {
          throw JavaGenerationException.at(
              e, "the hash code of '" + key + "' collides with that of another name in the type");
        }
      }
      children.add(child);
      if (child.kind() == Kind.BLOCK && e.contentReference() == null) {
        nested.add(planClass(r, root, e.path(), false, e.label(), e.definition(), e.children()));
      }
    }
    return new Planned(
        new ClassPlan(self, fhirType, isResource, label, definition, children), nested);
  }

  private ChildPlan planChild(
      ResourceType r, ClassName root, boolean inResource, Element e, int order) {
    String name = JavaNames.baseName(e.name());
    if (!JavaNames.isIdentifierShape(name) || !Character.isLowerCase(name.charAt(0))) {
      throw JavaGenerationException.at(e, "element name '" + e.name() + "' is not lowerCamelCase");
    }
    if ((inResource ? RESOURCE_INHERITED : BLOCK_INHERITED).contains(name)) {
      throw JavaGenerationException.at(
          e,
          "element name '"
              + name
              + "' is inherited from "
              + (inResource ? "DomainResource" : "BackboneElement"));
    }
    ChildPlan plan = resolveKind(r, root, e, order, name, name);
    // Java keywords and names whose accessors would override HAPI's own members get a trailing
    // underscore, as HAPI does for Coverage.class_.
    Class<?> superclass = inherited.superclassFor(inResource);
    if (JavaNames.isKeyword(name)
        || inherited.clashes(superclass, AccessorWriter.signatures(plan))) {
      plan = resolveKind(r, root, e, order, name, name + "_");
      if (inherited.clashes(superclass, AccessorWriter.signatures(plan))) {
        throw JavaGenerationException.at(e, "element name '" + name + "' clashes with HAPI");
      }
    }
    return plan;
  }

  private ChildPlan resolveKind(
      ResourceType r, ClassName root, Element e, int order, String name, String javaName) {
    if (e.contentReference() != null) {
      return block(e, order, name, javaName, root.nestedClass(referencedComponent(r, e)));
    }
    if (e.isBackbone() || (e.types().isEmpty() && !e.children().isEmpty())) {
      return block(e, order, name, javaName, root.nestedClass(JavaNames.componentName(e.path())));
    }
    if (!e.children().isEmpty()) {
      throw JavaGenerationException.at(e, "has child elements but is not a BackboneElement");
    }
    if (e.isChoice()) {
      return choice(e, order, name, javaName);
    }
    if (e.types().size() != 1) {
      throw JavaGenerationException.at(
          e,
          "has "
              + e.types().size()
              + " types; an element with several types must be a choice (name ending in [x])");
    }
    TypeRef t = e.types().get(0);
    FhirType type = resolveType(e, t.code());
    if (t.isReference()) {
      return new ChildPlan(
          e,
          order,
          name,
          javaName,
          Kind.REFERENCE,
          type,
          List.of(),
          null,
          t.targets(),
          targetClasses(e, t.targets()));
    }
    Kind kind = type.isPrimitive() ? Kind.PRIMITIVE : Kind.COMPLEX;
    return new ChildPlan(
        e, order, name, javaName, kind, type, List.of(), null, List.of(), List.of());
  }

  private ChildPlan block(Element e, int order, String name, String javaName, ClassName cls) {
    return new ChildPlan(
        e, order, name, javaName, Kind.BLOCK, null, List.of(), cls, List.of(), List.of());
  }

  private ChildPlan choice(Element e, int order, String name, String javaName) {
    if (e.types().size() < 2) {
      throw JavaGenerationException.at(
          e, "a choice element needs at least two types; drop the [x] for a single type");
    }
    if (e.isRepeating()) {
      throw JavaGenerationException.at(e, "repeating choice elements are not supported");
    }
    List<FhirType> choices = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (TypeRef t : e.types()) {
      if ("BackboneElement".equals(t.code()) || !codes.add(t.code())) {
        throw JavaGenerationException.at(e, "invalid or duplicate choice type " + t.code());
      }
      choices.add(resolveType(e, t.code()));
      if (t.isReference()) {
        targets.addAll(t.targets());
        targetClasses(e, t.targets()); // checks that the targets exist
      }
    }
    return new ChildPlan(
        e, order, name, javaName, Kind.CHOICE, null, choices, null, targets, List.of());
  }

  private FhirType resolveType(Element e, String code) {
    try {
      return types.resolve(code);
    } catch (IllegalArgumentException ex) {
      throw JavaGenerationException.at(e, ex.getMessage());
    }
  }

  private String referencedComponent(ResourceType r, Element e) {
    String ref = e.contentReference();
    String path = ref.startsWith("#") ? ref.substring(1) : ref;
    Element target =
        r.element(path)
            .orElseThrow(
                () -> JavaGenerationException.at(e, "contentReference " + ref + " not found"));
    if (target.contentReference() != null || !(target.isBackbone() || target.types().isEmpty())) {
      throw JavaGenerationException.at(
          e, "contentReference " + ref + " must name a backbone element");
    }
    return JavaNames.componentName(target.path());
  }

  private List<ClassName> targetClasses(Element e, List<String> targets) {
    try {
      return resolveTargets(targets);
    } catch (IllegalArgumentException ex) {
      throw JavaGenerationException.at(e, ex.getMessage());
    }
  }

  /**
   * Target resource classes, for HAPI's {@code @Child(type)} and
   * {@code @SearchParamDefinition(target)}. A target of {@code Resource} (or none) means any
   * resource, which HAPI spells as {@code Reference.class}.
   */
  private List<ClassName> resolveTargets(List<String> targets) {
    Set<ClassName> out = new LinkedHashSet<>();
    for (String t : targets) {
      if (t.equals("Resource") || t.equals("DomainResource")) {
        return List.of(ClassName.get(FhirTypeMapping.R5_PACKAGE, "Reference"));
      } else if (model.resource(t).isPresent()) {
        out.add(ClassName.get(packageName, t));
      } else if (types.isCoreResource(t)) {
        out.add(types.coreResource(t));
      } else {
        throw new IllegalArgumentException(
            "reference target '" + t + "' is neither a model resource nor a FHIR R5 resource");
      }
    }
    if (out.isEmpty()) {
      return List.of(ClassName.get(FhirTypeMapping.R5_PACKAGE, "Reference"));
    }
    return List.copyOf(out);
  }

  private List<SearchParamPlan> planSearchParams(ResourceType r) {
    List<SearchParamPlan> out = new ArrayList<>();
    Map<String, String> constants = new HashMap<>();
    for (SearchParam sp : model.searchParamsOf(r.name())) {
      String constant = JavaNames.constantName(sp.code());
      SearchParamPlan tentative = new SearchParamPlan(sp, "", constant, List.of());
      for (String name : SearchParamWriter.constantNames(tentative)) {
        String previous = constants.putIfAbsent(name, sp.code());
        if (previous != null) {
          throw new JavaGenerationException(
              r.name()
                  + ": search parameters '"
                  + previous
                  + "' and '"
                  + sp.code()
                  + "' both need the constant "
                  + name
                  + where(sp));
        }
      }
      List<ClassName> targets;
      try {
        targets =
            sp.targets().isEmpty()
                ? List.of()
                : resolveTargets(sp.targets()).stream()
                    .filter(c -> !c.simpleName().equals("Reference"))
                    .toList();
      } catch (IllegalArgumentException ex) {
        throw new JavaGenerationException(
            "search parameter " + sp.code() + ": " + ex.getMessage() + where(sp));
      }
      out.add(new SearchParamPlan(sp, model.searchParameterUrl(sp), constant, targets));
    }
    return out;
  }

  private static String where(SearchParam sp) {
    return sp.source() == null ? "" : " (declared in " + sp.source() + ")";
  }
}
