package fi.polku.mapping.transform;

import fi.polku.mapping.spec.ConditionSpec;
import fi.polku.mapping.spec.FieldSpec;
import fi.polku.mapping.spec.Loc;
import fi.polku.mapping.spec.SourceSpec;
import fi.polku.mapping.transform.ModelInfo.Element;
import fi.polku.mapping.transform.spi.CodeTranslator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compiles the field mappings of one entity (values, structures, references). */
final class FieldCompiler {

  /** What the field compiler needs to know about the spec's output resources. */
  interface Resources {
    /** The compiled (not yet completed) plan of output {@code name}, or null. */
    ResourcePlan byName(String name);

    /** The slot of output {@code name}. */
    int slotOf(String name);
  }

  private static final Map<String, Set<String>> TARGETS =
      Map.ofEntries(
          Map.entry(
              "string",
              Set.of("string", "markdown", "code", "id", "uri", "url", "oid", "canonical")),
          Map.entry("text", Set.of("string", "markdown")),
          Map.entry("code", Set.of("code", "Coding", "CodeableConcept", "string", "uri")),
          Map.entry("koodi", Set.of("code", "Coding", "CodeableConcept")),
          Map.entry("boolean", Set.of("boolean")),
          Map.entry("integer", Set.of("integer", "positiveInt", "unsignedInt", "decimal")),
          Map.entry("decimal", Set.of("decimal")),
          Map.entry("date", Set.of("date", "dateTime")),
          Map.entry("epoch-date", Set.of("date", "dateTime")),
          Map.entry("dateTime", Set.of("dateTime", "instant")),
          Map.entry("time", Set.of("time")),
          Map.entry("identifier", Set.of("Identifier")),
          Map.entry("lokalisoitu", Set.of("string", "markdown", "CodeableConcept")),
          Map.entry("laajuus", Set.of("Quantity")));

  private final SourceSpec source;
  private final SourceFields fields;
  private final PathCompiler paths;
  private final Params params;
  private final CodeTranslator translator;
  private final Map<String, List<FieldSpec>> groups;
  private final Resources resources;
  private final Problems problems;
  private final Map<String, StructureField.Group> compiledGroups = new HashMap<>();

  FieldCompiler(
      SourceSpec source,
      SourceFields fields,
      PathCompiler paths,
      Params params,
      CodeTranslator translator,
      Map<String, List<FieldSpec>> groups,
      Resources resources,
      Problems problems) {
    this.source = source;
    this.fields = fields;
    this.paths = paths;
    this.params = params;
    this.translator = translator;
    this.groups = groups;
    this.resources = resources;
    this.problems = problems;
  }

  /** Compiles {@code specs} relative to {@code parent}; invalid fields are left out (problems). */
  List<FieldPlan> compile(List<FieldSpec> specs, Element parent) {
    List<FieldPlan> out = new ArrayList<>();
    for (FieldSpec f : specs) {
      if (f == null) {
        continue;
      }
      FieldPlan p = compile(f, parent);
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  private FieldPlan compile(FieldSpec f, Element parent) {
    PathCompiler.Compiled target = paths.compile(f.to(), parent, f.loc());
    if (target == null) {
      return null;
    }
    Condition when = condition(f.when());
    if (f.isStructure()) {
      return structure(f, target, when);
    }
    if ("reference".equals(f.as())
        || (f.as() == null && target.element().type().equals("Reference"))) {
      return reference(f, target, when);
    }
    return value(f, target, when);
  }

  private FieldPlan structure(FieldSpec f, PathCompiler.Compiled target, Condition when) {
    Element e = target.element();
    if (e.primitive()) {
      problems.add(f.loc(), "'" + f.to() + "' is a " + e.type() + ", not a structure with fields");
      return null;
    }
    StructureField.Group group;
    if (f.fieldGroup() != null) {
      group = namedGroup(f.fieldGroup(), e, f.loc());
      if (group == null) {
        return null;
      }
    } else {
      group = new StructureField.Group();
      group.set(compile(f.fields(), e));
    }
    Accessor[] each = accessors(f.each(), f.loc());
    Accessor from = f.from() == null ? null : fields.resolve(f.from(), f.loc());
    String column = f.each() != null ? String.join(",", f.each()) : f.from();
    return new StructureField(when, each, from, group, target.path(), column);
  }

  private StructureField.Group namedGroup(String name, Element e, Loc loc) {
    List<FieldSpec> specs = groups.get(name);
    if (specs == null) {
      problems.add(loc, "no field group '" + name + "'" + Problems.hint(name, groups.keySet()));
      return null;
    }
    String memo = name + "@" + e.type() + "@" + System.identityHashCode(e.definition());
    StructureField.Group g = compiledGroups.get(memo);
    if (g == null) {
      g = new StructureField.Group();
      compiledGroups.put(memo, g); // before compiling: a group may contain itself
      g.set(compile(specs, e));
    }
    return g;
  }

  private FieldPlan reference(FieldSpec f, PathCompiler.Compiled target, Condition when) {
    FieldInfo info = new FieldInfo(column(f), f.sensitive());
    ReferenceField.Target t;
    if (f.resource() != null) {
      ResourcePlan r = resources.byName(f.resource());
      if (r == null) {
        problems.add(f.loc(), "no resource named '" + f.resource() + "' in this spec");
        return null;
      }
      if (f.key() != null) {
        if (r.sourceKeySystem() == null) {
          problems.add(f.loc(), "'" + f.resource() + "' has no source key to reference by");
          return null;
        }
        Template key = fields.template(params.substitute(f.key(), f.loc()), f.loc());
        if (key == null) {
          return null;
        }
        t = ReferenceField.bySourceKey(r.type(), r.sourceKeySystem(), key, f.resource());
      } else {
        t = ReferenceField.produced(resources.slotOf(f.resource()), f.resource());
      }
    } else {
      if (f.target() == null || f.system() == null || (f.from() == null && f.template() == null)) {
        problems.add(
            f.loc(), "a reference needs 'resource' (and 'key'), or 'target', 'system' and 'from'");
        return null;
      }
      Accessor value =
          f.from() != null
              ? fields.resolve(f.from(), f.loc())
              : templateAccessor(f.template(), f.loc());
      if (value == null) {
        return null;
      }
      t =
          ReferenceField.byIdentifier(
              f.target(), params.substitute(f.system(), f.loc()), value, f.target());
    }
    return new ReferenceField(when, t, info, f.required(), target.path());
  }

  private Accessor templateAccessor(String text, Loc loc) {
    Template t = fields.template(params.substitute(text, loc), loc);
    if (t == null) {
      return null;
    }
    return new Accessor(text) {
      @Override
      Object get(Scope scope) {
        return t.evaluate(scope);
      }
    };
  }

  private FieldPlan value(FieldSpec f, PathCompiler.Compiled target, Condition when) {
    Element e = target.element();
    String as = f.as() != null ? f.as() : defaultConversion(e.type());
    Set<String> allowed = TARGETS.get(as);
    if (allowed != null && !allowed.contains(e.type())) {
      problems.add(
          f.loc(), "'as: " + as + "' cannot be written into " + e.path() + " (" + e.type() + ")");
      return null;
    }
    ValueField.Source src = valueSource(f);
    Conversion conversion = conversion(f, as, e);
    Shapes.Shape shape = Shapes.forType(e.type());
    if (src == null || conversion == null || shape == null) {
      if (shape == null) {
        problems.add(f.loc(), "values cannot be written into " + e.path() + " (" + e.type() + ")");
      }
      return null;
    }
    ValueField.Translate translate = translate(f);
    if (f.translate() != null && translate == null) {
      return null;
    }
    String[] transforms = f.transforms() == null ? null : f.transforms().toArray(new String[0]);
    return new ValueField(
        when,
        src,
        new FieldInfo(column(f), f.sensitive()),
        f.required(),
        params.substitute(f.defaultValue(), f.loc()),
        transforms,
        f.pattern(),
        f.group() == null ? (f.pattern() == null ? 0 : 0) : f.group(),
        f.split(),
        conversion,
        translate,
        shape,
        target.path(),
        e.type());
  }

  private ValueField.Source valueSource(FieldSpec f) {
    if (f.value() != null) {
      String v = params.substitute(f.value(), f.loc());
      return s -> v;
    }
    if (f.template() != null) {
      Template t = fields.template(params.substitute(f.template(), f.loc()), f.loc());
      return t == null ? null : t::evaluate;
    }
    Accessor a = fields.resolve(f.from(), f.loc());
    return a == null ? null : a::get;
  }

  private Conversion conversion(FieldSpec f, String as, Element e) {
    String system = params.substitute(f.system(), f.loc());
    Conversion c =
        switch (as) {
          case "identifier" -> {
            if (system == null) {
              problems.add(f.loc(), "an identifier needs 'system'");
              yield null;
            }
            yield StructuredConversions.identifier(
                system, f.use() == null ? "official" : f.use(), f.identifierType());
          }
          case "koodi" -> StructuredConversions.koodi(system);
          case "lokalisoitu" -> StructuredConversions.lokalisoitu();
          case "laajuus" -> StructuredConversions.laajuus();
          default -> Conversions.forName(as, source, f.format(), system);
        };
    if (c == null && !as.equals("identifier")) {
      problems.add(
          f.loc(), "unknown conversion 'as: " + as + "'" + Problems.hint(as, TARGETS.keySet()));
    }
    boolean coded = e.type().equals("Coding") || e.type().equals("CodeableConcept");
    if (c != null && as.equals("code") && coded && system == null && f.translate() == null) {
      problems.add(f.loc(), "a code written into " + e.type() + " needs 'system' (or 'translate')");
      return null;
    }
    return c;
  }

  private ValueField.Translate translate(FieldSpec f) {
    if (f.translate() == null) {
      return null;
    }
    if (!translator.knows(f.translate())) {
      problems.add(
          f.loc(),
          "no ConceptMap '" + f.translate() + "' among the spec's conceptMaps (id, name or url)");
      return null;
    }
    return new ValueField.Translate(translator, f.translate(), f.property());
  }

  private Accessor[] accessors(List<String> names, Loc loc) {
    if (names == null) {
      return null;
    }
    List<Accessor> out = new ArrayList<>();
    for (String n : names) {
      Accessor a = fields.resolve(n, loc);
      if (a != null) {
        out.add(a);
      }
    }
    return out.toArray(new Accessor[0]);
  }

  Condition condition(ConditionSpec c) {
    if (c == null) {
      return null;
    }
    switch (c.op()) {
      case ALL, ANY, NOT -> {
        List<Condition> parts = new ArrayList<>();
        for (ConditionSpec p : c.parts()) {
          Condition cp = condition(p);
          if (cp != null) {
            parts.add(cp);
          }
        }
        if (c.op() == ConditionSpec.Op.NOT) {
          Condition inner = parts.isEmpty() ? s -> false : parts.get(0);
          return s -> !inner.test(s);
        }
        return c.op() == ConditionSpec.Op.ALL ? Condition.all(parts) : Condition.any(parts);
      }
      default -> {
        Accessor a = fields.resolve(c.field(), c.loc());
        if (a == null) {
          return s -> false;
        }
        return switch (c.op()) {
          case PRESENT -> Condition.present(a);
          case EMPTY -> Condition.empty(a);
          case IN -> Condition.in(a, c.values());
          case NOT_IN -> Condition.notIn(a, c.values());
          default -> Condition.isType(a, c.values());
        };
      }
    }
  }

  private static String column(FieldSpec f) {
    if (f.from() != null) {
      return f.from();
    }
    if (f.template() != null) {
      return f.template();
    }
    return f.to();
  }

  private static String defaultConversion(String type) {
    return switch (type) {
      case "date", "boolean", "decimal", "time", "dateTime" -> type;
      case "integer", "positiveInt", "unsignedInt" -> "integer";
      case "code", "Coding", "CodeableConcept" -> "code";
      case "Identifier" -> "identifier";
      default -> "string";
    };
  }
}
