package fi.polku.validation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void placeholdersAreFilledPerLanguageAndAValueIsNeverExpandedAgain() {
    Text template = new Text("rivi {line}: {why}", "rad {line}: {why}", "line {line}: {why}");

    Text filled =
        template.format(
            Map.of("line", "{why}"), Map.of("why", new Text("puuttuu", "saknas", "missing")));

    assertThat(filled)
        .isEqualTo(new Text("rivi {why}: puuttuu", "rad {why}: saknas", "line {why}: missing"));
  }

  @Test
  void thenJoinsTwoTextsInEachLanguage() {
    Text joined =
        new Text("merkintä 2: ", "post 2: ", "entry 2: ")
            .then(new Text("puuttuu", "saknas", "missing"));

    assertThat(joined)
        .isEqualTo(new Text("merkintä 2: puuttuu", "post 2: saknas", "entry 2: missing"));
    assertThat(joined.in("sv")).isEqualTo("post 2: saknas");
    assertThat(joined.in("de")).isEqualTo("entry 2: missing");
  }
}
