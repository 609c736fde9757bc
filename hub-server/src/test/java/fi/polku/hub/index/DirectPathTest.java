package fi.polku.hub.index;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import fi.polku.hub.model.HubModel;
import fi.polku.hub.model.ModelPackage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.AuditEvent;
import org.hl7.fhir.r5.model.Base;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.Consent;
import org.hl7.fhir.r5.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r5.model.DateTimeType;
import org.hl7.fhir.r5.model.Identifier;
import org.hl7.fhir.r5.model.Location;
import org.hl7.fhir.r5.model.Organization;
import org.hl7.fhir.r5.model.Period;
import org.hl7.fhir.r5.model.Person;
import org.hl7.fhir.r5.model.Provenance;
import org.hl7.fhir.r5.model.Reference;
import org.hl7.fhir.r5.model.Resource;
import org.hl7.fhir.r5.model.StringType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DirectPathTest {

  private static final FhirContext FHIR = HubModel.newFhirContext();
  private static FhirPaths paths;
  private static SearchParamRegistry registry;

  @BeforeAll
  static void compile() {
    List<String> types = new ArrayList<>();
    for (Class<? extends IBaseResource> t : HubModel.storedTypes()) {
      types.add(FHIR.getResourceType(t));
    }
    paths = new FhirPaths(FHIR);
    registry = new SearchParamRegistry(FHIR, ModelPackage.load(), types, paths);
  }

  @Test
  void everyDirectParameterSelectsWhatTheEngineSelectsOnTheSampleResources() throws IOException {
    List<Resource> samples = samples();
    int compared = 0;
    int nonEmpty = 0;
    for (Resource r : samples) {
      String type = r.fhirType();
      for (SearchParam p : registry.of(type).values()) {
        if (p.fromColumns() || !p.compiled().direct()) {
          continue;
        }
        List<Base> direct = p.compiled().evaluate(r);
        List<Base> engine =
            paths.compileForEngine(p.expression(), type + "." + p.code()).evaluate(r);
        assertThat(describe(direct))
            .as("%s.%s (%s)", type, p.code(), p.expression())
            .isEqualTo(describe(engine));
        compared++;
        nonEmpty += direct.isEmpty() ? 0 : 1;
      }
    }
    assertThat(samples.stream().map(Resource::fhirType).distinct())
        .contains("Learner", "StudyRight", "Organization", "Person", "Provenance");
    assertThat(compared).isGreaterThan(500);
    assertThat(nonEmpty).isGreaterThan(150);
  }

  @Test
  void theModelsParametersAreAllEvaluatedDirectly() {
    for (String type : registry.types()) {
      for (SearchParam p : registry.of(type).values()) {
        if (p.url().startsWith("https://polku.fi/") && !p.fromColumns()) {
          assertThat(p.compiled().direct()).as("%s.%s", type, p.code()).isTrue();
        }
      }
    }
  }

  @Test
  void choiceTypeDateParametersSelectTheDateTimeChoiceOnly() {
    Person dead = new Person();
    dead.setDeceased(new DateTimeType("2020-05-01"));
    Person alive = new Person();
    alive.setDeceased(new org.hl7.fhir.r5.model.BooleanType(false));
    Provenance at = new Provenance();
    at.setOccurred(new DateTimeType("2024-01-02T10:00:00+02:00"));
    Provenance during = new Provenance();
    during.setOccurred(new Period().setStartElement(new DateTimeType("2024-01-01")));

    CompiledPath deathDate = registry.find("Person", "death-date").orElseThrow().compiled();
    CompiledPath when = registry.find("Provenance", "when").orElseThrow().compiled();

    assertThat(describe(deathDate.evaluate(dead))).containsExactly("dateTime=2020-05-01");
    assertThat(deathDate.evaluate(alive)).isEmpty();
    assertThat(describe(when.evaluate(at))).containsExactly("dateTime=2024-01-02T10:00:00+02:00");
    assertThat(when.evaluate(during)).isEmpty();
  }

  @Test
  void theEngineKnowsTheDatatypesThatOfTypeNames() {
    Person dead = new Person();
    dead.setDeceased(new DateTimeType("2020-05-01"));

    // Evaluated by HAPI's engine (which refused the type before): the same answer.
    List<Base> engine = paths.compileForEngine("deceased.ofType(dateTime)", "test").evaluate(dead);

    assertThat(describe(engine)).containsExactly("dateTime=2020-05-01");
  }

  @Test
  void expressionsThatFilterAreLeftToTheEngine() {
    assertThat(paths.compile("telecom.where(system='email')", "test").direct()).isFalse();
    assertThat(paths.compile("deceased.exists() and deceased != false", "test").direct()).isFalse();
    assertThat(paths.compile("name | alias", "test").direct()).isTrue();
  }

  /**
   * Each value as type and value (primitives) or as the very element of the resource (both
   * evaluations navigate the same parsed resource), in order.
   */
  private static List<String> describe(List<Base> values) {
    List<String> out = new ArrayList<>();
    for (Base b : values) {
      out.add(
          b.isPrimitive()
              ? b.fhirType() + "=" + b.primitiveValue()
              : b.fhirType() + "#" + System.identityHashCode(b));
    }
    return out;
  }

  /** The hub's test data, the model's valid examples, and reused FHIR types filled in by hand. */
  private static List<Resource> samples() throws IOException {
    IParser parser = FHIR.newJsonParser();
    parser.setParserErrorHandler(new LenientErrorHandler(false));
    List<Resource> out = new ArrayList<>();
    for (String bundle : List.of("search/dataset.json", "search/dataset-memberships.json")) {
      Bundle b = (Bundle) parser.parseResource(resource(bundle));
      b.getEntry().forEach(e -> out.add(e.getResource()));
    }
    Path examples = Path.of("..", "information-models", "model", "src", "test", "resources");
    for (Path root :
        List.of(examples.resolve("examples"), Path.of("src/test/resources/examples"))) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.getFileName().toString().startsWith("valid-")).toList()) {
          try {
            out.add((Resource) parser.parseResource(Files.readString(f)));
          } catch (DataFormatException | ClassCastException e) {
            // Not a resource the hub's context reads: not a sample for this test.
          }
        }
      }
    }
    out.addAll(reusedTypes());
    return out;
  }

  private static List<Resource> reusedTypes() {
    Organization org = new Organization();
    org.addIdentifier().setSystem("urn:oid:1.2.246.562.10").setValue("00000000001");
    org.addQualification().addIdentifier(new Identifier().setSystem("urn:q").setValue("q1"));
    org.addQualification()
        .addIdentifier(
            new Identifier().setSystem("urn:oid:1.2.246.562.10").setValue("00000000001"));
    org.setName("Kuusikon koulu").addAlias("Kuusikko").addAlias("Kuusikon koulu");
    org.addExtension(
        "https://polku.fi/fhir/StructureDefinition/OrganizationMunicipality",
        new CodeableConcept(new Coding("urn:kunta", "092", "Vantaa")));
    org.addExtension(
        "https://polku.fi/fhir/StructureDefinition/OrganizationOperatingPeriod",
        new Period().setStartElement(new DateTimeType("2001-08-01")));
    Person person = new Person();
    person.addName().setFamily("Virtanen").addGiven("Aino");
    person.addTelecom().setSystem(ContactPointSystem.EMAIL).setValue("a@example.org");
    person.setDeceased(new DateTimeType("2020-05-01"));
    person.addLink().setTarget(new Reference("Patient/1"));
    person.setBirthDateElement(new org.hl7.fhir.r5.model.DateType("1980-01-02"));
    Location location = new Location();
    location.setName("Sali").addAlias("Liikuntasali");
    location.getAddress().setCity("Vantaa");
    Provenance provenance = new Provenance();
    provenance.setOccurred(new DateTimeType("2024-01-02T10:00:00+02:00"));
    provenance.addTarget(new Reference("Learner/1"));
    provenance.addAgent().setWho(new Reference("Organization/1"));
    AuditEvent audit = new AuditEvent();
    audit.addAuthorization(new CodeableConcept(new Coding("urn:p", "TREAT", null)));
    audit.addAgent().addAuthorization(new CodeableConcept(new Coding("urn:p", "TREAT", null)));
    audit.setRecorded(new java.util.Date(0));
    Consent consent = new Consent();
    consent.setSubject(new Reference("Patient/2"));
    consent.getDateElement().setValueAsString("2024-01-01");
    consent.addCategory().setText("Kuvauslupa");
    consent.addGrantee(new Reference("Organization/3"));
    consent.getMeta().addTag("urn:t", "x", null).addProfile("urn:p").setSource("urn:s");
    person.getMeta().addSecurity(new Coding("urn:s", "R", null));
    org.addContact().addTelecom().setValue("09 123").setSystem(ContactPointSystem.PHONE);
    org.getMeta().addTag(new Coding("urn:t", "y", null));
    location.addExtension("urn:ext", new StringType("x"));
    return List.of(org, person, location, provenance, audit, consent);
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = DirectPathTest.class.getClassLoader().getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
