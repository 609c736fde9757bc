package fi.polku.validation.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RecordTemplatesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");

  @Test
  void fillReplacesEveryPlaceholderAndIgnoresUnusedValues() {
    assertThat(
            RecordTemplates.fill(
                "{\"a\":\"${x}\",\"b\":${y},\"c\":\"${x}\"}",
                Map.of("x", "1", "y", "2", "unused", "3")))
        .isEqualTo("{\"a\":\"1\",\"b\":2,\"c\":\"1\"}");
  }

  @Test
  void aValueIsPutInAsItIsEvenIfItLooksLikeAPlaceholder() {
    assertThat(RecordTemplates.fill("${a}-${b}", Map.of("a", "${b}", "b", "B")))
        .isEqualTo("${b}-B");
  }

  @Test
  void aPlaceholderWithoutAValueIsAnErrorNamingIt() {
    assertThatThrownBy(() -> RecordTemplates.fill("{\"a\":\"${x}\"}", Map.of("y", "1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("${x}");
  }

  @Test
  void aPlaceholderWithoutAClosingBraceIsAnError() {
    assertThatThrownBy(() -> RecordTemplates.fill("{\"a\":\"${x\"}", Map.of("x", "1")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMissingTemplateIsAnIllegalStateNamingThePath() {
    assertThatThrownBy(() -> RecordTemplates.oneLine("fi/polku/validation/sample/nothing.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("fi/polku/validation/sample/nothing.json");
  }

  @Test
  void oneLineRemovesLineBreaksWithTheirIndentationAndKeepsTheRest() {
    String text = RecordTemplates.text(RecordTemplates.ABSENCE);
    String line = RecordTemplates.oneLine(RecordTemplates.ABSENCE);
    assertThat(text).contains("\n");
    assertThat(line)
        .doesNotContain("\n")
        .startsWith("{\"resourceType\": \"Absence\",\"learner\": {")
        .contains("\"lessonNumber\": ${lesson} }")
        .isEqualTo(text.replaceAll("\\s*\\n\\s*", "").trim());
  }

  @Test
  void eachTemplateHasTheDocumentedPlaceholders() {
    assertThat(placeholders(RecordTemplates.LEARNER))
        .containsExactlyInAnyOrder("hetu", "learnerNumber", "sourceKey", "family");
    assertThat(placeholders(RecordTemplates.STUDY_RIGHT))
        .containsExactlyInAnyOrder("studyRightOid", "sourceKey", "learnerReference");
    assertThat(placeholders(RecordTemplates.ABSENCE))
        .containsExactlyInAnyOrder("learnerReference", "studyRightReference", "date", "lesson");
  }

  @Test
  void theOrganisationsTransactionWritesEveryOrganisationTheStudyRightNames() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode bundle = json.readTree(RecordTemplates.organisationsTransaction());
    Set<String> written = new HashSet<>();
    for (JsonNode e : bundle.get("entry")) {
      String url = e.at("/request/url").asText();
      assertThat(e.at("/request/method").asText()).isEqualTo("PUT");
      assertThat(url).isEqualTo("Organization/" + e.at("/resource/id").asText());
      written.add(url);
    }
    assertThat(bundle.get("type").asText()).isEqualTo("transaction");
    JsonNode studyRight =
        json.readTree(RecordTemplates.text(RecordTemplates.STUDY_RIGHT).replace("${", "x{"));
    assertThat(written)
        .containsExactlyInAnyOrder(
            studyRight.at("/provider/reference").asText(),
            studyRight.at("/school/reference").asText());
  }

  private static Set<String> placeholders(String path) {
    Set<String> names = new HashSet<>();
    Matcher m = PLACEHOLDER.matcher(RecordTemplates.text(path));
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
