package fi.polku.model.compiler.testing;

import fi.polku.model.compiler.ir.Binding;
import fi.polku.model.compiler.ir.BindingStrength;
import fi.polku.model.compiler.ir.Element;
import fi.polku.model.compiler.ir.LocalizedText;
import fi.polku.model.compiler.ir.Model;
import fi.polku.model.compiler.ir.ResourceType;
import fi.polku.model.compiler.ir.SearchParam;
import fi.polku.model.compiler.ir.SourceLocation;
import fi.polku.model.compiler.ir.TypeRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Hand-built IR models for tests, so that emitters can be tested without the Turtle loader.
 *
 * <p>Build elements with {@link #element(String)}, resources with {@link #resource}, search
 * parameters with {@link #searchParam} and a model with {@link #model}; or take a ready scenario:
 * {@link #school()} (two resources exercising every element shape) or {@link #small()} (one small
 * resource, suited to golden files).
 */
public final class TestModels {

  /** Canonical base of the test models. */
  public static final String CANONICAL_BASE = "https://polku.fi/fhir";

  private TestModels() {}

  /** A text with all three languages, the Finnish and Swedish ones derived from the English. */
  public static LocalizedText text(String en) {
    return new LocalizedText("fi: " + en, "sv: " + en, en);
  }

  /** Starts an element at {@code path}; its name is the last step of the path. */
  public static ElementBuilder element(String path) {
    return new ElementBuilder(path);
  }

  /** A resource type with {@code elements}, in that order. */
  public static ResourceType resource(String name, String definition, Element... elements) {
    return new ResourceType(
        name,
        "https://polku.fi/model/" + name,
        text(name.toLowerCase(java.util.Locale.ROOT)),
        text(definition),
        List.of(elements),
        List.of(),
        source(name));
  }

  /**
   * A search parameter.
   *
   * @param code its code
   * @param bases comma-separated base resource names
   * @param type its search type
   * @param expression its FHIRPath expression
   * @param targets reference targets
   */
  public static SearchParam searchParam(
      String code, String bases, String type, String expression, String... targets) {
    return new SearchParam(
        code,
        List.of(bases.split(",")),
        type,
        expression,
        List.of(targets),
        List.of(),
        text(code),
        text("Search by " + code + "."),
        source(bases + "-" + code));
  }

  /** A composite search parameter of {@code components} (code and expression, alternating). */
  public static SearchParam compositeSearchParam(
      String code, String base, String expression, String... components) {
    List<SearchParam.Component> parts = new ArrayList<>();
    for (int i = 0; i + 1 < components.length; i += 2) {
      parts.add(new SearchParam.Component(components[i], components[i + 1]));
    }
    return new SearchParam(
        code,
        List.of(base),
        "composite",
        expression,
        List.of(),
        parts,
        text(code),
        text("Search by " + code + "."),
        source(base + "-" + code));
  }

  /** A model of {@code resources} and {@code searchParams}; no profiles or code lists. */
  public static Model model(
      String version, List<ResourceType> resources, List<SearchParam> searchParams) {
    return new Model(
        version,
        CANONICAL_BASE,
        "https://polku.fi/model/",
        text("Test model"),
        resources,
        List.of(),
        List.of(),
        searchParams,
        List.of(),
        List.of());
  }

  /**
   * Learner and StudyAttainment: primitives of many kinds, complex types, a repeating reference, a
   * choice {@code boolean|CodeableConcept}, a backbone with a nested backbone holding a choice
   * {@code string|Reference(Organization)}, a recursive part via {@code contentReference}, and
   * search parameters (one on two bases, one reference, one composite).
   */
  public static Model school() {
    ResourceType learner =
        resource(
            "Learner",
            "A person taking part in education.",
            element("Learner.identifier").type("Identifier").summary().build(),
            element("Learner.name").type("HumanName").build(),
            element("Learner.callingName").type("string").max("1").build(),
            element("Learner.nickname").type("string").build(),
            element("Learner.birthDate").type("date").max("1").summary().build(),
            element("Learner.gender")
                .type("code")
                .max("1")
                .bound("http://hl7.org/fhir/ValueSet/administrative-gender")
                .build(),
            element("Learner.protectionOrder").type("boolean").max("1").build(),
            element("Learner.siblingCount").type("integer").max("1").build(),
            element("Learner.weeklyHours").type("decimal").max("1").build(),
            element("Learner.registered").type("dateTime").max("1").build(),
            element("Learner.motherTongue")
                .type("CodeableConcept")
                .max("1")
                .bound("https://polku.fi/fhir/ValueSet/kieli")
                .build(),
            element("Learner.guardian").reference("Learner", "RelatedPerson").build(),
            element("Learner.partTimeSpecialEducation[x]")
                .types("boolean", "CodeableConcept")
                .max("1")
                .build());
    Element assessment =
        element("StudyAttainment.part.assessment")
            .children(
                element("StudyAttainment.part.assessment.grade")
                    .type("CodeableConcept")
                    .min(1)
                    .max("1")
                    .build(),
                element("StudyAttainment.part.assessment.date").type("date").max("1").build(),
                element("StudyAttainment.part.assessment.assessor[x]")
                    .type("string")
                    .reference("Organization")
                    .max("1")
                    .build())
            .build();
    Element part =
        element("StudyAttainment.part")
            .children(
                element("StudyAttainment.part.module")
                    .type("CodeableConcept")
                    .min(1)
                    .max("1")
                    .build(),
                element("StudyAttainment.part.credits").type("decimal").max("1").build(),
                assessment,
                element("StudyAttainment.part.part")
                    .contentReference("StudyAttainment.part")
                    .build())
            .build();
    ResourceType attainment =
        resource(
            "StudyAttainment",
            "A completed study module and its parts.",
            element("StudyAttainment.identifier").type("Identifier").summary().build(),
            element("StudyAttainment.learner")
                .reference("Learner")
                .min(1)
                .max("1")
                .summary()
                .build(),
            element("StudyAttainment.module").type("CodeableConcept").max("1").build(),
            part);
    return model(
        "1.2.3",
        List.of(learner, attainment),
        List.of(
            searchParam(
                "identifier",
                "Learner,StudyAttainment",
                "token",
                "Learner.identifier | StudyAttainment.identifier"),
            searchParam("birthdate", "Learner", "date", "Learner.birthDate"),
            searchParam("mother-tongue", "Learner", "token", "Learner.motherTongue"),
            searchParam(
                "guardian", "Learner", "reference", "Learner.guardian", "Learner", "RelatedPerson"),
            searchParam(
                "learner", "StudyAttainment", "reference", "StudyAttainment.learner", "Learner"),
            searchParam("module", "StudyAttainment", "token", "StudyAttainment.module"),
            compositeSearchParam(
                "learner-module",
                "StudyAttainment",
                "StudyAttainment",
                "learner",
                "learner",
                "module",
                "module")));
  }

  /**
   * One small resource, Pupil: a primitive, a reference to a FHIR core resource, a backbone and a
   * choice, with one search parameter. Small enough for a readable golden file.
   */
  public static Model small() {
    ResourceType pupil =
        resource(
            "Pupil",
            "A pupil of a school.",
            element("Pupil.nickname").type("string").max("1").summary().build(),
            element("Pupil.school").reference("Organization").max("1").build(),
            element("Pupil.group")
                .children(
                    element("Pupil.group.code").type("CodeableConcept").min(1).max("1").build())
                .build(),
            element("Pupil.active[x]").types("boolean", "Period").max("1").build());
    return model(
        "0.1.0",
        List.of(pupil),
        List.of(searchParam("nickname", "Pupil", "string", "Pupil.nickname")));
  }

  private static SourceLocation source(String subject) {
    return new SourceLocation("test.ttl", "https://polku.fi/model/" + subject);
  }

  /** Builds an {@link Element}; defaults are 0..*, no type, not in summary. */
  public static final class ElementBuilder {
    private final String path;
    private int min;
    private String max = "*";
    private final List<TypeRef> types = new ArrayList<>();
    private Binding binding;
    private final List<Element> children = new ArrayList<>();
    private String contentReference;
    private boolean summary;
    private String label;
    private String definition;

    private ElementBuilder(String path) {
      this.path = path;
    }

    /** Adds one type. */
    public ElementBuilder type(String code) {
      types.add(TypeRef.of(code));
      return this;
    }

    /** Adds several types (for a choice). */
    public ElementBuilder types(String... codes) {
      Arrays.stream(codes).forEach(this::type);
      return this;
    }

    /** Makes it a Reference to {@code targets}. */
    public ElementBuilder reference(String... targets) {
      types.add(new TypeRef("Reference", List.of(targets)));
      return this;
    }

    /** Minimum cardinality. */
    public ElementBuilder min(int min) {
      this.min = min;
      return this;
    }

    /** Maximum cardinality: a number or {@code *}. */
    public ElementBuilder max(String max) {
      this.max = max;
      return this;
    }

    /** A required binding to {@code valueSet}. */
    public ElementBuilder bound(String valueSet) {
      binding = new Binding(BindingStrength.REQUIRED, valueSet, null);
      return this;
    }

    /** Makes it a backbone element with {@code children}. */
    public ElementBuilder children(Element... children) {
      types.clear();
      types.add(TypeRef.of("BackboneElement"));
      this.children.addAll(List.of(children));
      return this;
    }

    /** Makes it reuse the backbone at {@code path}. */
    public ElementBuilder contentReference(String path) {
      types.clear();
      types.add(TypeRef.of("BackboneElement"));
      contentReference = path;
      return this;
    }

    /** Puts it in the summary. */
    public ElementBuilder summary() {
      summary = true;
      return this;
    }

    /** English label (default: the name). */
    public ElementBuilder label(String en) {
      label = en;
      return this;
    }

    /** English definition (default: derived from the path). */
    public ElementBuilder definition(String en) {
      definition = en;
      return this;
    }

    /** The element. */
    public Element build() {
      String name = path.substring(path.lastIndexOf('.') + 1);
      return new Element(
          name,
          path,
          "https://polku.fi/model/" + path,
          text(label != null ? label : name.replace("[x]", "")),
          text(definition != null ? definition : "The " + name + " of " + path + "."),
          min,
          max,
          types,
          binding,
          children,
          contentReference,
          List.of(),
          summary,
          false,
          null,
          source(path));
    }
  }
}
