package fi.polku.hub.model;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.ResourceReferenceInfo;
import fi.polku.model.generated.StudyRight;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.Identifier;
import org.hl7.fhir.r5.model.Organization;
import org.hl7.fhir.r5.model.Provenance;
import org.hl7.fhir.r5.model.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The references found are HAPI's terser's: the same elements, paths and order. */
class ResourceReferencesTest {

  private static final FhirContext FHIR = HubModel.newFhirContext();
  private final ResourceReferences references = new ResourceReferences(FHIR);

  /** Name, owner and reference object of each reference HAPI's terser finds. */
  private static List<Object> terser(IBaseResource r) {
    return flat(FHIR.newTerser().getAllResourceReferences(r));
  }

  private static List<Object> flat(List<ResourceReferenceInfo> infos) {
    List<Object> out = new ArrayList<>();
    for (ResourceReferenceInfo i : infos) {
      out.add(i.getName());
      out.add(i.toString());
      out.add(i.getResourceReference());
    }
    return out;
  }

  static Stream<Path> examples() throws IOException {
    Path dir = Path.of("src/test/resources/examples");
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(p -> p.getFileName().toString().startsWith("valid-")).sorted().forEach(files::add);
    }
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void findsWhatTheTerserFindsInEachExample(Path file) throws IOException {
    IBaseResource r =
        FHIR.newJsonParser().parseResource(Files.readString(file, StandardCharsets.UTF_8));

    assertThat(flat(references.of(r))).isEqualTo(terser(r));
  }

  @Test
  void findsReferencesInExtensionsContainedResourcesAndNestedElementsLikeTheTerser() {
    String json =
        """
        {"resourceType": "Provenance",
         "extension": [{"url": "https://example.org/a", "valueReference": {"reference": "Organization/1"}},
                       {"url": "https://example.org/b", "extension": [
                          {"url": "inner", "valueReference": {"reference": "#org"}}]}],
         "contained": [{"resourceType": "Organization", "id": "org",
                        "partOf": {"reference": "Organization/2"},
                        "identifier": [{"system": "s", "value": "v",
                                        "assigner": {"reference": "Organization/3"}}]}],
         "target": [{"reference": "StudyRight/9"}, {"display": "only a display"},
                    {"reference": "Learner/8", "identifier": {"value": "x",
                       "assigner": {"reference": "Organization/4"}}}],
         "recorded": "2024-01-01T00:00:00Z",
         "_recorded": {"extension": [{"url": "https://example.org/c",
                                      "valueReference": {"reference": "Organization/5"}}]},
         "agent": [{"who": {"reference": "Organization/6"},
                    "modifierExtension": [{"url": "https://example.org/d",
                                           "valueReference": {"reference": "Organization/7"}}]}],
         "entity": [{"role": "source", "what": {"reference": "Learner/10"}}]}
        """;
    IBaseResource r = FHIR.newJsonParser().parseResource(json);

    List<ResourceReferenceInfo> found = references.of(r);

    assertThat(flat(found)).isEqualTo(terser(r));
    assertThat(found).extracting(ResourceReferenceInfo::getName).contains("contained.partOf");
    assertThat(found)
        .extracting(i -> i.getResourceReference().getReferenceElement().getValue())
        .doesNotContain("Organization/5");
  }

  @Test
  void searchesReferencedResourceObjectsWithoutIdAndSkipsEmptyReferencesLikeTheTerser() {
    Organization parent = new Organization();
    parent.setPartOf(new Reference("Organization/grandparent"));
    Organization identified = new Organization();
    identified.setId("Organization/known");
    identified.setPartOf(new Reference("Organization/not-searched"));
    StudyRight sr = new StudyRight();
    sr.setLearner(new Reference("Learner/1"));
    sr.setSchool(withTarget(new Reference().setDisplay("school"), parent));
    sr.setProvider(withTarget(new Reference("Organization/p"), identified));
    sr.addIdentifier(new Identifier().setValue("x").setAssigner(new Reference()));

    List<ResourceReferenceInfo> found = references.of(sr);

    assertThat(flat(found)).isEqualTo(terser(sr));
    assertThat(found)
        .extracting(ResourceReferenceInfo::getName)
        .containsExactly("learner", "provider", "school", "partOf");
  }

  private static Reference withTarget(Reference ref, IBaseResource target) {
    ref.setResource(target);
    return ref;
  }

  @Test
  void aReferencedObjectReferringBackEndsTheSearchLikeTheTerser() {
    Provenance p = new Provenance();
    Organization o = new Organization();
    o.setPartOf(withTarget(new Reference().setDisplay("back"), p));
    p.addTarget(withTarget(new Reference().setDisplay("there"), o));

    assertThat(flat(references.of(p))).isEqualTo(terser(p)).hasSize(6);
  }
}
