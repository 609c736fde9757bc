package fi.polku.model.compiler.codelist;

import fi.polku.model.compiler.ir.CodeList;
import fi.polku.model.compiler.ir.CodeList.Concept;
import fi.polku.model.compiler.ir.CodeList.PropertyDef;
import fi.polku.model.compiler.ir.LocalizedText;
import fi.polku.model.compiler.ir.ValueSetDef;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.hl7.fhir.r5.model.BooleanType;
import org.hl7.fhir.r5.model.CanonicalResource;
import org.hl7.fhir.r5.model.CodeSystem;
import org.hl7.fhir.r5.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r5.model.CodeSystem.PropertyType;
import org.hl7.fhir.r5.model.CodeType;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.DataType;
import org.hl7.fhir.r5.model.DateTimeType;
import org.hl7.fhir.r5.model.DecimalType;
import org.hl7.fhir.r5.model.Element;
import org.hl7.fhir.r5.model.Enumerations.CodeSystemContentMode;
import org.hl7.fhir.r5.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r5.model.Extension;
import org.hl7.fhir.r5.model.IntegerType;
import org.hl7.fhir.r5.model.MarkdownType;
import org.hl7.fhir.r5.model.Period;
import org.hl7.fhir.r5.model.StringType;
import org.hl7.fhir.r5.model.ValueSet;

/**
 * Turns code lists and value set definitions into FHIR R5 {@code CodeSystem} and {@code ValueSet}
 * resources.
 *
 * <p>Resources are in Finnish ({@code language = fi}): titles and displays use the Finnish text,
 * falling back to Swedish and then English only when the source has no Finnish. Every language the
 * source has is also given explicitly: concept names as designations with {@code language}, and
 * titles and descriptions with the standard {@value #TRANSLATION_EXTENSION} extension. Nothing is
 * translated here; a language the source lacks is simply absent.
 *
 * <p>The output is deterministic: the same input gives equal resources in the same order, with no
 * time stamps, so the generated package is reproducible.
 */
public final class TerminologyEmitter {

  /** The language of the generated resources. */
  public static final String LANGUAGE = "fi";

  /** The FHIR extension that carries a translation of a string or markdown element. */
  public static final String TRANSLATION_EXTENSION =
      "http://hl7.org/fhir/StructureDefinition/translation";

  private static final List<String> LANGUAGES = List.of("fi", "sv", "en");

  private final String modelVersion;

  /**
   * Creates an emitter.
   *
   * @param modelVersion the model version, used as the version of value sets defined in the model
   *     ({@link ValueSetDef} has none of its own); may be {@code null}
   */
  public TerminologyEmitter(String modelVersion) {
    this.modelVersion = modelVersion;
  }

  /**
   * Emits every code list as a CodeSystem and a ValueSet, and every value set definition as a
   * ValueSet whose includes are pinned to the versions of the listed code lists. CodeSystems come
   * first, then ValueSets, each sorted by URL.
   *
   * @param codeLists the code lists
   * @param valueSets value sets composed of whole code systems
   * @return the resources, in a stable order
   */
  public List<CanonicalResource> emit(
      Collection<CodeList> codeLists, Collection<ValueSetDef> valueSets) {
    Map<String, String> versions = new HashMap<>();
    codeLists.forEach(
        cl -> {
          if (cl.version() != null) {
            versions.put(cl.codeSystemUrl(), cl.version());
          }
        });
    List<CanonicalResource> codeSystems = new ArrayList<>();
    List<CanonicalResource> sets = new ArrayList<>();
    for (CodeList list : codeLists) {
      codeSystems.add(codeSystem(list));
      sets.add(valueSet(list));
    }
    for (ValueSetDef def : valueSets) {
      sets.add(valueSet(def, versions));
    }
    Comparator<CanonicalResource> byUrl =
        Comparator.comparing(CanonicalResource::getUrl).thenComparing(CanonicalResource::getIdPart);
    codeSystems.sort(byUrl);
    sets.sort(byUrl);
    List<CanonicalResource> out = new ArrayList<>(codeSystems);
    out.addAll(sets);
    return out;
  }

  /**
   * The CodeSystem of a code list: all its codes ({@code content = complete}) or none for an
   * external list ({@code content = not-present}).
   *
   * @param list the code list
   * @return a new CodeSystem
   */
  public CodeSystem codeSystem(CodeList list) {
    CodeSystem cs = new CodeSystem();
    cs.setId(list.id());
    cs.setLanguage(LANGUAGE);
    cs.setUrl(list.codeSystemUrl());
    cs.setVersion(list.version());
    cs.setName(fhirName(list.id()));
    setTitle(cs, list.title());
    cs.setStatus(PublicationStatus.ACTIVE);
    cs.setExperimental(false);
    setDescription(cs, list.description());
    cs.setCopyright(list.origin());
    cs.setEffectivePeriod(period(list.validFrom(), list.validTo()));
    cs.setCaseSensitive(true);
    cs.setValueSet(list.valueSetUrl());
    if (list.isComplete()) {
      cs.setContent(CodeSystemContentMode.COMPLETE);
      cs.setCount(list.concepts().size());
    } else {
      cs.setContent(CodeSystemContentMode.NOTPRESENT);
    }
    List<PropertyDef> properties = propertyDefs(list);
    for (PropertyDef def : properties) {
      cs.addProperty()
          .setCode(def.code())
          .setUri(def.uri())
          .setDescription(def.description())
          .setType(PropertyType.fromCode(def.type()));
    }
    for (Concept concept : list.concepts()) {
      cs.addConcept(concept(concept, properties));
    }
    return cs;
  }

  /**
   * The ValueSet that includes the whole code system of a code list, pinned to its version.
   *
   * @param list the code list
   * @return a new ValueSet
   */
  public ValueSet valueSet(CodeList list) {
    ValueSet vs = valueSetHeader(list.id(), list.valueSetUrl(), list.version(), list.title());
    setDescription(vs, list.description());
    vs.setCopyright(list.origin());
    vs.setEffectivePeriod(period(list.validFrom(), list.validTo()));
    vs.getCompose().addInclude().setSystem(list.codeSystemUrl()).setVersion(list.version());
    return vs;
  }

  /**
   * The ValueSet of a value set definition: every listed code system in full.
   *
   * @param def the definition
   * @param systemVersions versions to pin includes to, by code system URL; a system not in the map
   *     is included without a version
   * @return a new ValueSet
   */
  public ValueSet valueSet(ValueSetDef def, Map<String, String> systemVersions) {
    ValueSet vs = valueSetHeader(def.id(), def.url(), modelVersion, def.title());
    setDescription(vs, def.description());
    for (String system : new TreeSet<>(def.includeSystems())) {
      vs.getCompose().addInclude().setSystem(system).setVersion(systemVersions.get(system));
    }
    return vs;
  }

  /**
   * A valid FHIR computable name derived from an id: ASCII letters and digits in UpperCamelCase,
   * starting with a letter, e.g. {@code organisation-type} → {@code OrganisationType}, {@code
   * kunta} → {@code Kunta}. Accents are dropped ({@code ä} → {@code a}).
   *
   * @param id a code list or value set id
   * @return the name
   */
  public static String fhirName(String id) {
    String ascii = Normalizer.normalize(id, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    StringBuilder name = new StringBuilder();
    for (String part : ascii.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
      }
    }
    if (name.length() == 0 || !Character.isLetter(name.charAt(0))) {
      name.insert(0, "Code");
    }
    return name.toString();
  }

  private ValueSet valueSetHeader(String id, String url, String version, LocalizedText title) {
    ValueSet vs = new ValueSet();
    vs.setId(id);
    vs.setLanguage(LANGUAGE);
    vs.setUrl(url);
    vs.setVersion(version);
    vs.setName(fhirName(id));
    setTitle(vs, title);
    vs.setStatus(PublicationStatus.ACTIVE);
    vs.setExperimental(false);
    return vs;
  }

  /** The declared properties plus the validity dates when a concept has them. */
  private static List<PropertyDef> propertyDefs(CodeList list) {
    List<PropertyDef> defs = new ArrayList<>(list.properties());
    boolean hasFrom = list.concepts().stream().anyMatch(c -> c.validFrom() != null);
    boolean hasTo = list.concepts().stream().anyMatch(c -> c.validTo() != null);
    if (hasFrom && !declares(defs, ConceptProperties.VALID_FROM)) {
      defs.add(ConceptProperties.validFrom());
    }
    if (hasTo && !declares(defs, ConceptProperties.VALID_TO)) {
      defs.add(ConceptProperties.validTo());
    }
    return defs;
  }

  private static boolean declares(List<PropertyDef> defs, String code) {
    return defs.stream().anyMatch(d -> d.code().equals(code));
  }

  private static ConceptDefinitionComponent concept(Concept concept, List<PropertyDef> defs) {
    ConceptDefinitionComponent c = new ConceptDefinitionComponent(concept.code());
    c.setDisplay(inFinnish(concept.display()));
    for (String lang : LANGUAGES) {
      String text = concept.display() == null ? null : concept.display().get(lang);
      if (text != null) {
        c.addDesignation().setLanguage(lang).setValue(text);
      }
    }
    // Properties in declaration order, so every concept lists them the same way.
    for (PropertyDef def : defs) {
      for (String value : values(concept, def.code())) {
        c.addProperty().setCode(def.code()).setValue(value(def, value));
      }
    }
    return c;
  }

  private static List<String> values(Concept concept, String code) {
    if (ConceptProperties.VALID_FROM.equals(code) && concept.validFrom() != null) {
      return List.of(concept.validFrom());
    }
    if (ConceptProperties.VALID_TO.equals(code) && concept.validTo() != null) {
      return List.of(concept.validTo());
    }
    return concept.properties().getOrDefault(code, List.of());
  }

  /** Converts a property value held as text in the IR to the FHIR type its definition names. */
  private static DataType value(PropertyDef def, String value) {
    return switch (def.type()) {
      case "code" -> new CodeType(value);
      case "string" -> new StringType(value);
      case "boolean" -> {
        if (!value.equals("true") && !value.equals("false")) {
          throw new IllegalArgumentException(
              "Property " + def.code() + " is boolean but has the value '" + value + "'");
        }
        yield new BooleanType(Boolean.parseBoolean(value));
      }
      case "dateTime" -> new DateTimeType(value);
      case "integer" -> new IntegerType(value);
      case "decimal" -> new DecimalType(value);
      case "Coding" -> coding(def, value);
      default ->
          throw new IllegalArgumentException(
              "Property " + def.code() + " has an unsupported type: " + def.type());
    };
  }

  /** A Coding property value is written as {@code system|code} in the IR. */
  private static Coding coding(PropertyDef def, String value) {
    int bar = value.lastIndexOf('|');
    if (bar <= 0) {
      throw new IllegalArgumentException(
          "Property " + def.code() + " is a Coding but '" + value + "' is not system|code");
    }
    return new Coding(value.substring(0, bar), value.substring(bar + 1), null);
  }

  private static void setTitle(CanonicalResource resource, LocalizedText title) {
    String lang = firstLanguage(title);
    if (lang != null) {
      resource.setTitle(title.get(lang));
      addTranslations(resource.getTitleElement(), title, lang);
    }
  }

  private static void setDescription(CanonicalResource resource, LocalizedText description) {
    String lang = firstLanguage(description);
    if (lang != null) {
      resource.setDescription(description.get(lang));
      addTranslations(resource.getDescriptionElement(), description, lang);
    }
  }

  /**
   * Adds a translation extension for each language the text has other than {@code valueLang}, the
   * language of the element's own value (Finnish unless the source lacks it).
   */
  private static void addTranslations(Element element, LocalizedText text, String valueLang) {
    for (String lang : LANGUAGES) {
      String value = text.get(lang);
      if (value == null || lang.equals(valueLang)) {
        continue;
      }
      Extension ext = element.addExtension().setUrl(TRANSLATION_EXTENSION);
      ext.addExtension("lang", new CodeType(lang));
      ext.addExtension(
          "content",
          element instanceof MarkdownType ? new MarkdownType(value) : new StringType(value));
    }
  }

  /** The text in Finnish, or Swedish, or English: the first the text has. */
  private static String inFinnish(LocalizedText text) {
    String lang = firstLanguage(text);
    return lang == null ? null : text.get(lang);
  }

  /** The first of fi, sv, en that the text has, or {@code null}. */
  private static String firstLanguage(LocalizedText text) {
    if (text == null) {
      return null;
    }
    for (String lang : LANGUAGES) {
      String value = text.get(lang);
      if (value != null && !value.isBlank()) {
        return lang;
      }
    }
    return null;
  }

  private static Period period(String from, String to) {
    if (from == null && to == null) {
      return null;
    }
    Period p = new Period();
    if (from != null) {
      p.setStartElement(new DateTimeType(from));
    }
    if (to != null) {
      p.setEndElement(new DateTimeType(to));
    }
    return p;
  }
}
