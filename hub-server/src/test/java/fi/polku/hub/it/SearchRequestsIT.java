package fi.polku.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.parser.IParser;
import java.net.http.HttpResponse;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How a search request is handled: strict refusal of what the hub cannot apply (naming the
 * parameter, in the three languages), lenient handling on request with a self link of what was
 * applied, and the next link's cursor.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Db.class)
class SearchRequestsIT {

  private final RunningHub hub;
  private final IParser json = RunningHub.FHIR.newJsonParser();

  SearchRequestsIT(Db db) {
    this.hub = RunningHub.on(db);
  }

  private HttpResponse<String> get(String path, String prefer) {
    var request = hub.request(path).header("Accept", "application/fhir+json");
    if (prefer != null) {
      request.header("Prefer", prefer);
    }
    return hub.send(request);
  }

  @Test
  void anUnknownParameterIsRefusedNamingItInFinnishSwedishAndEnglish() {
    HttpResponse<String> r = get("Learner?shoe-size=42&gender=male", null);

    assertThat(r.statusCode()).isEqualTo(400);
    OperationOutcome oo = json.parseResource(OperationOutcome.class, r.body());
    assertThat(oo.getIssueFirstRep().getDetails().getCodingFirstRep().getCode())
        .isEqualTo("POLKU-HUB-0106");
    assertThat(oo.getIssueFirstRep().getDiagnostics()).contains("shoe-size");
    assertThat(r.body()).contains("\"fi\"").contains("\"sv\"");
  }

  @Test
  void anUnknownParameterIsAnsweredWithTheParametersTheTypeSupports() {
    HttpResponse<String> search = get("Learner?shoe-size=42", null);
    HttpResponse<String> sort = get("Learner?_sort=shoe-size", null);
    HttpResponse<String> history = get("Learner/_history?shoe-size=42", null);

    assertThat(diagnostics(search))
        .contains("Supported parameters (Learner): ")
        .contains("birthdate, ")
        .contains("identifier");
    assertThat(diagnostics(sort)).contains("_sort=shoe-size").contains("birthdate");
    assertThat(diagnostics(history)).contains("(_history): ").contains("_since");
    assertThat(search.body()).contains("Tuetut parametrit (Learner): ");
  }

  private String diagnostics(HttpResponse<String> r) {
    assertThat(r.statusCode()).isEqualTo(400);
    return json.parseResource(OperationOutcome.class, r.body()).getIssueFirstRep().getDiagnostics();
  }

  @Test
  void lenientHandlingIgnoresWhatItCannotApplyAndTheSelfLinkShowsWhatWasApplied() {
    HttpResponse<String> r =
        get("Learner?shoe-size=42&birthdate=yesterday&gender=male&_count=1", "handling=lenient");

    assertThat(r.statusCode()).isEqualTo(200);
    Bundle b = json.parseResource(Bundle.class, r.body());
    String self = b.getLink(Bundle.LinkRelationTypes.SELF.toCode()).getUrl();
    assertThat(self).contains("gender=male").contains("_count=1");
    assertThat(self).doesNotContain("shoe-size").doesNotContain("birthdate");
  }

  @Test
  void theNextLinkCarriesACursorAndKeepsTheAppliedParameters() {
    for (int i = 0; i < 2; i++) {
      hub.client().create().resource(Fixtures.learner(Fixtures.ids(), "Sivu")).execute();
    }
    HttpResponse<String> r = get("Learner?_count=1&_sort=-_lastUpdated", null);

    Bundle b = json.parseResource(Bundle.class, r.body());
    Bundle.BundleLinkComponent next = b.getLink(Bundle.LinkRelationTypes.NEXT.toCode());
    assertThat(next).isNotNull();
    assertThat(next.getUrl())
        .contains("_count=1")
        .contains("_sort=-_lastUpdated")
        .contains("_cursor=");
  }

  @Test
  void aResourceSentWithoutAProfileIsFoundByTheProfileItsTypeStoresIt() {
    Fixtures.Ids ids = Fixtures.ids();
    String sent = Fixtures.learnerJson(ids, "Profiili");
    assertThat(sent).doesNotContain("profile");
    assertThat(hub.postJson("Learner", sent).statusCode()).isEqualTo(201);

    String identifier = "&identifier=urn:oid:1.2.246.21%7C" + ids.hetu();
    String profile = "https://polku.fi/fhir/StructureDefinition/Learner";
    Bundle found =
        json.parseResource(
            Bundle.class, get("Learner?_profile=" + profile + identifier, null).body());
    Bundle other =
        json.parseResource(
            Bundle.class,
            get("Learner?_profile=https://example.org/StructureDefinition/X" + identifier, null)
                .body());

    assertThat(found.getEntry()).hasSize(1);
    assertThat(found.getEntryFirstRep().getResource().getMeta().hasProfile(profile)).isTrue();
    assertThat(other.getEntry()).isEmpty();
  }
}
