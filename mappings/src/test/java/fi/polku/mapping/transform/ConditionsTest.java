package fi.polku.mapping.transform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConditionsTest {

  @Test
  void searchSeparatorsInValuesAreEscapedBeforePercentEncoding() {
    assertThat(Conditions.identifier("s", "a,b|c$d\\e"))
        .isEqualTo("identifier=s%7Ca%5C%2Cb%5C%7Cc%5C%24d%5C%5Ce");
  }

  @Test
  void plainValuesAreOnlyPercentEncoded() {
    assertThat(Conditions.identifier("urn:oid:1.2.246.21", "010115A9875"))
        .isEqualTo("identifier=urn%3Aoid%3A1.2.246.21%7C010115A9875");
  }
}
