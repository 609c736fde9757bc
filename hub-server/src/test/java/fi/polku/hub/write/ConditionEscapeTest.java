package fi.polku.hub.write;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.hub.store.SearchCriteria;
import org.junit.jupiter.api.Test;

/** FHIR search escaping in conditions: a backslash makes , | $ \ part of the value. */
class ConditionEscapeTest {

  @Test
  void anEscapedCommaIsPartOfOneValueNotAnOrList() {
    Condition c =
        Condition.parse(
            "StudyRight", "identifier=https://polku.fi/fhir/source/koski/study-right|a\\,b.json/0");
    assertThat(c.criteria().identifiers()).hasSize(1);
    assertThat(c.criteria().identifiers().get(0))
        .containsExactly(
            new SearchCriteria.Token(
                "https://polku.fi/fhir/source/koski/study-right", "a,b.json/0"));
  }

  @Test
  void anEscapedBarAndBackslashStayInTheValue() {
    Condition c = Condition.parse("Learner", "identifier=s|x\\|y\\\\z");
    assertThat(c.singleIdentifier()).isEqualTo(new SearchCriteria.Token("s", "x|y\\z"));
  }

  @Test
  void unescapedCommasStillSeparateAlternatives() {
    Condition c = Condition.parse("Learner", "identifier=s|1,s|2");
    assertThat(c.criteria().identifiers().get(0))
        .containsExactly(new SearchCriteria.Token("s", "1"), new SearchCriteria.Token("s", "2"));
  }
}
