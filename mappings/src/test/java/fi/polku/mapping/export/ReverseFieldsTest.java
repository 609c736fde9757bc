package fi.polku.mapping.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.mapping.hub.StoredResource;
import fi.polku.mapping.spec.MappingSpec;
import fi.polku.mapping.spec.SpecLoader;
import java.io.StringReader;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ReverseFieldsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String SPEC =
      """
      polku-mapping: 1
      name: t
      version: "1"
      title: t
      sourceSystem: t
      source: { kind: json }
      entities:
        - name: doc
          file: "*.json"
          key: "{$file}"
          resources:
            - name: attainment
              type: StudyAttainment
              fields:
                - { to: module.subjectSyllabus, from: oppimäärä, as: koodi,
                    exportWhen: { not: { field: koodistoUri, in: [uskonnonoppimaara] } } }
                - { to: module.subjectSyllabus, from: uskonnonOppimäärä, as: koodi,
                    exportWhen: { field: koodistoUri, in: [uskonnonoppimaara] } }
                - to: "score[]"
                  when: { present: pisteet }
                  fields:
                    - { to: kind, value: total-points, as: code, system: "urn:k" }
                    - { to: value.value, from: pisteet, as: decimal }
                - to: "score[]"
                  when: { present: keskiarvo }
                  fields:
                    - { to: kind, value: average, as: code, system: "urn:k" }
                    - { to: value.value, from: keskiarvo, as: decimal }
                - { to: certificateNotes, from: lisätiedot, as: lokalisoitu }
      """;

  private static final ExportSource NOTHING =
      new ExportSource() {
        @Override
        public void forEach(String type, Consumer<StoredResource> each) {}

        @Override
        public StoredResource read(String type, String id) {
          return null;
        }
      };

  private static JsonNode reverse(String stored) throws Exception {
    MappingSpec spec = SpecLoader.read("t.yaml", new StringReader(SPEC));
    ReverseFields reverse = new ReverseFields(spec.groups(), new ReferenceResolver(NOTHING));
    ObjectNode out = JSON.createObjectNode();
    reverse.apply(
        spec.entities().get(0).resources().get(0).fields(),
        JSON.readTree(stored.replace('\'', '"')),
        out);
    return out;
  }

  @Test
  void aValueSharedByTwoFieldsGoesBackToTheOneWhoseExportConditionHolds() throws Exception {
    String k = "https://virkailija.opintopolku.fi/koodisto-service/rest/codes/";
    JsonNode religion =
        reverse(
            "{'module': {'subjectSyllabus': {'system': '"
                + k
                + "uskonnonoppimaara', 'code': 'IS'}}}");
    JsonNode maths =
        reverse(
            "{'module': {'subjectSyllabus': {'system': '"
                + k
                + "oppiainematematiikka', 'code': 'MAA'}}}");

    assertThat(religion.has("oppimäärä")).isFalse();
    assertThat(religion.path("uskonnonOppimäärä").path("koodiarvo").asText()).isEqualTo("IS");
    assertThat(religion.path("uskonnonOppimäärä").path("koodistoUri").asText())
        .isEqualTo("uskonnonoppimaara");
    assertThat(maths.has("uskonnonOppimäärä")).isFalse();
    assertThat(maths.path("oppimäärä").path("koodiarvo").asText()).isEqualTo("MAA");
  }

  @Test
  void listElementsAreToldApartByTheirConstants() throws Exception {
    JsonNode out =
        reverse(
            "{'score': [{'kind': {'system': 'urn:k', 'code': 'average'}, 'value': {'value': 8.5}},"
                + " {'kind': {'system': 'urn:k', 'code': 'total-points'}, 'value': {'value': 34}}]}");

    assertThat(out.path("pisteet").asInt()).isEqualTo(34);
    assertThat(out.path("keskiarvo").decimalValue()).isEqualByComparingTo("8.5");
  }

  @Test
  void aTextComesBackInItsOwnLanguageWithItsTranslations() throws Exception {
    JsonNode out =
        reverse(
            "{'certificateNotes': 'Essay', '_certificateNotes': {'extension': ["
                + "{'url': 'http://hl7.org/fhir/StructureDefinition/language', 'valueCode': 'en'},"
                + "{'url': 'http://hl7.org/fhir/StructureDefinition/translation', 'extension': ["
                + "{'url': 'lang', 'valueCode': 'sv'}, {'url': 'content', 'valueString': 'Uppsats'}]}]}}");

    assertThat(out.path("lisätiedot").path("en").asText()).isEqualTo("Essay");
    assertThat(out.path("lisätiedot").path("sv").asText()).isEqualTo("Uppsats");
    assertThat(out.path("lisätiedot").has("fi")).isFalse();
  }
}
