package fi.polku.mapping.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.mapping.source.SourceRecord;
import org.junit.jupiter.api.Test;

class TemplateTest {

  private static Scope document(String json) throws Exception {
    return Scope.of(
        SourceRecord.ofDocument(
            "document", "/in/oppija.json", 1, json, new ObjectMapper().readTree(json)));
  }

  private static Template compile(String text) {
    return Template.compile(text, n -> n.startsWith("$") ? Accessor.builtIn(n) : Accessor.json(n));
  }

  @Test
  void aMissingValueMakesNoText() throws Exception {
    Scope s = document("{\"a\":\"1\"}");

    assertThat(compile("{a}-{b}").evaluate(s)).isNull();
    assertThat(compile("{a}-x").evaluate(s)).isEqualTo("1-x");
  }

  @Test
  void theFirstAlternativeWhoseValuesAreAllPresentIsTheText() throws Exception {
    Template key = compile("{oid} || {$file}/{a} || {$file}");

    assertThat(key.evaluate(document("{\"oid\":\"1.2.246.562.15.1\",\"a\":\"x\"}")))
        .isEqualTo("1.2.246.562.15.1");
    assertThat(key.evaluate(document("{\"a\":\"x\"}"))).isEqualTo("oppija/x");
    assertThat(key.evaluate(document("{}"))).isEqualTo("oppija");
    assertThat(key.isSingleValue()).isFalse();
  }

  @Test
  void barsInsideBracesAndEmptyAlternativesAreNotAlternatives() {
    assertThatThrownBy(() -> compile("{a} ||")).hasMessageContaining("empty alternative");
    assertThat(compile("{a||b}").text()).isEqualTo("{a||b}");
  }
}
