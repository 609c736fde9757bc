package fi.polku.hub.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fi.polku.hub.problem.HubCodes;
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
  void aSearchParameterOtherThanIdAndIdentifierIsRefusedAsNoConditionParameter() {
    HubException e =
        catchThrowableOfType(
            () -> Condition.parse("Learner", "family=Testinen&birthdate=2018-07-19"),
            HubException.class);

    assertThat(e.code()).isEqualTo(HubCodes.UNSUPPORTED_CONDITION_PARAMETER);
    assertThat(e.code().code()).isEqualTo("POLKU-HUB-0117");
    assertThat(e.code().status()).isEqualTo(400);
    assertThat(e.text().en())
        .isEqualTo(
            "A condition can use only _id and identifier; family cannot be used in a condition.");
    assertThat(e.text().fi())
        .isEqualTo(
            "Ehdossa voi käyttää vain parametreja _id ja identifier; parametria family ei voi"
                + " käyttää ehdossa.");
    assertThat(e.text().sv())
        .isEqualTo(
            "Ett villkor kan bara använda _id och identifier; family kan inte användas i ett"
                + " villkor.");
    // The values of a condition may be personal data: the refusal names the parameter only.
    assertThat(e.text().toString()).doesNotContain("Testinen").doesNotContain("2018-07-19");
  }

  @Test
  void aConditionPartWithoutAValueIsRefusedInTheClientsLanguage() {
    HubException e =
        catchThrowableOfType(() -> Condition.parse("Learner", "identifier="), HubException.class);

    assertThat(e.code()).isEqualTo(HubCodes.INVALID_CONDITION);
    assertThat(e.text().fi()).isEqualTo("Virheellinen ehto: parametrilla identifier ei ole arvoa");
    assertThat(e.text().sv()).isEqualTo("Ogiltigt villkor: parametern identifier saknar värde");
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
