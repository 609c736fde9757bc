package fi.polku.hub.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void commasSeparateAlternativesAndABackslashEscapesOne() {
    assertThat(Values.split("a,b\\,c,d")).containsExactly("a", "b,c", "d");
  }

  @Test
  void oneValueIsOneAlternative() {
    assertThat(Values.split("http://x|y")).containsExactly("http://x|y");
  }
}
