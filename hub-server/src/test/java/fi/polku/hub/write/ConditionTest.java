package fi.polku.hub.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.polku.hub.problem.HubException;
import fi.polku.hub.store.SearchCriteria;
import org.junit.jupiter.api.Test;

class ConditionTest {

  @Test
  void anIdentifierConditionWithOrWithoutTypeAndEncodingIsTheSameCondition() {
    Condition plain = Condition.parse("Learner", "identifier=urn:oid:1.2.246.21|010115A9875");
    Condition typed =
        Condition.parse("Learner", "Learner?identifier=urn%3Aoid%3A1.2.246.21%7C010115A9875");

    assertThat(plain.hash()).isEqualTo(typed.hash());
    assertThat(plain.singleIdentifier())
        .isEqualTo(new SearchCriteria.Token("urn:oid:1.2.246.21", "010115A9875"));
  }

  @Test
  void parameterOrderDoesNotChangeTheHash() {
    assertThat(Condition.parse("Learner", "_id=a&identifier=s|v").hash())
        .isEqualTo(Condition.parse("Learner", "identifier=s|v&_id=a").hash());
  }

  @Test
  void aConditionOnAnotherTypeIsRefused() {
    assertThatThrownBy(() -> Condition.parse("Learner", "Person?identifier=s|v"))
        .isInstanceOf(HubException.class)
        .hasMessageStartingWith("POLKU-HUB-0107");
  }

  @Test
  void aParameterTheStoreCannotAnswerIsRefused() {
    assertThatThrownBy(() -> Condition.parse("Learner", "family=Virtanen"))
        .isInstanceOf(HubException.class)
        .hasMessageStartingWith("POLKU-HUB-0106");
  }

  @Test
  void anEmptyConditionIsRefused() {
    assertThatThrownBy(() -> Condition.parse("Learner", "Learner?"))
        .isInstanceOf(HubException.class)
        .hasMessageStartingWith("POLKU-HUB-0107");
  }

  @Test
  void conditionalReferencesAreRecognised() {
    assertThat(ReferenceRewriter.isConditional("Learner?identifier=urn:oid:1.2.246.21|1")).isTrue();
    assertThat(ReferenceRewriter.isConditional("Learner?identifier=https://a/b|1")).isTrue();
    assertThat(ReferenceRewriter.isConditional("Learner/123")).isFalse();
    assertThat(ReferenceRewriter.isConditional("https://x/fhir/Learner?identifier=1")).isFalse();
  }
}
