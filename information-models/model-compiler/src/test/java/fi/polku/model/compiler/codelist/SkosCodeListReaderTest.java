package fi.polku.model.compiler.codelist;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.model.compiler.codelist.SkosCodeListReader.Result;
import fi.polku.model.compiler.ir.CodeList;
import fi.polku.model.compiler.ir.CodeList.Concept;
import fi.polku.model.compiler.ir.LocalizedText;
import fi.polku.model.compiler.ir.SourceLocation;
import fi.polku.model.compiler.ir.ValueSetDef;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

class SkosCodeListReaderTest {

  private static Result read(String fixture) {
    Model model = RDFDataMgr.loadModel(TestData.fixture("skos/" + fixture).toString());
    SkosCodeListReader reader =
        new SkosCodeListReader(
            "https://polku.fi/fhir/", r -> new SourceLocation(fixture, r.toString()));
    return reader.read(model);
  }

  private static CodeList list(Result result, String id) {
    return result.codeLists().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void wellFormedFixtureHasNoProblems() {
    assertThat(read("codelists.ttl").problems()).isEmpty();
  }

  @Test
  void conceptSchemesWithIdBecomeCompleteCodeListsSortedById() {
    Result result = read("codelists.ttl");

    assertThat(result.codeLists())
        .extracting(CodeList::id)
        .containsExactly("identifier-type", "laajuusyksikko", "organisation-type");
    CodeList types = list(result, "organisation-type");
    assertThat(types.codeSystemUrl())
        .isEqualTo("https://polku.fi/fhir/CodeSystem/organisation-type");
    assertThat(types.valueSetUrl()).isEqualTo("https://polku.fi/fhir/ValueSet/organisation-type");
    assertThat(types.content()).isEqualTo("complete");
    assertThat(types.version()).isEqualTo("1.0.0");
    assertThat(types.title())
        .isEqualTo(
            new LocalizedText("organisaation tyyppi", "organisationstyp", "organisation type"));
    assertThat(types.description().en()).isEqualTo("Kinds of organisations in Polku.");
    assertThat(types.origin()).contains("codelists.ttl", "cs-organisation-type");
  }

  @Test
  void conceptsComeFromInSchemeAndTopConceptLinksWithLabelsPerLanguage() {
    CodeList types = list(read("codelists.ttl"), "organisation-type");

    assertThat(types.concepts())
        .extracting(Concept::code)
        .containsExactly("municipality", "provider", "school");
    assertThat(types.concepts().get(2).display())
        .isEqualTo(new LocalizedText("oppilaitos", "läroanstalt", "school"));
    // A regional tag (en-GB) counts as English.
    assertThat(types.concepts().get(1).display().en()).isEqualTo("education provider");
  }

  @Test
  void aSchemeWithoutVersionTakesTheModelVersion() {
    assertThat(list(read("codelists.ttl"), "identifier-type").version()).isEqualTo("1.2.0");
  }

  @Test
  void externalCodeListsHaveTheirSystemAndNoConcepts() {
    CodeList external = list(read("codelists.ttl"), "laajuusyksikko");

    assertThat(external.codeSystemUrl())
        .isEqualTo("https://virkailija.opintopolku.fi/koodisto-service/rest/codes/laajuusyksikko");
    assertThat(external.valueSetUrl()).isEqualTo("https://polku.fi/fhir/ValueSet/laajuusyksikko");
    assertThat(external.content()).isEqualTo("not-present");
    assertThat(external.isComplete()).isFalse();
    assertThat(external.concepts()).isEmpty();
    assertThat(external.version()).isNull();
  }

  @Test
  void valueSetsListTheirSystemsInAStableOrder() {
    Result result = read("codelists.ttl");

    assertThat(result.valueSets()).hasSize(1);
    ValueSetDef vs = result.valueSets().get(0);
    assertThat(vs.id()).isEqualTo("attainment-module");
    assertThat(vs.url()).isEqualTo("https://polku.fi/fhir/ValueSet/attainment-module");
    assertThat(vs.includeSystems())
        .containsExactly(
            "https://virkailija.opintopolku.fi/koodisto-service/rest/codes/koskioppiaineetyleissivistava",
            "https://virkailija.opintopolku.fi/koodisto-service/rest/codes/perusopetuksenluokkaaste");
    assertThat(vs.title().sv()).isEqualTo("del av prestation");
    assertThat(vs.source())
        .isEqualTo(
            new SourceLocation("codelists.ttl", "https://polku.fi/model/vs-attainment-module"));
  }

  @Test
  void authoringMistakesAreReportedWithTheirLocation() {
    Result result = read("codelists-broken.ttl");

    assertThat(result.problems())
        .extracting(CodeListProblem::toString)
        .containsExactlyInAnyOrder(
            "codelists-broken.ttl (https://polku.fi/model/cs-colour): skos:definition is missing"
                + " in 'en'",
            "codelists-broken.ttl (https://polku.fi/model/colour-red): code 'red' of code list"
                + " colour is already used by https://polku.fi/model/colour-crimson",
            "codelists-broken.ttl (https://polku.fi/model/colour-nameless): concept of code list"
                + " 'colour' has no skos:notation",
            "codelists-broken.ttl (https://polku.fi/model/cs-colour-again): pm:id 'colour' is"
                + " already used by codelists-broken.ttl (https://polku.fi/model/cs-colour)",
            "codelists-broken.ttl (https://polku.fi/model/cs-bad-id): pm:id 'bad id!' is not a"
                + " valid FHIR id ([A-Za-z0-9-.]{1,64})",
            "codelists-broken.ttl (https://polku.fi/model/ext-no-system): needs exactly one"
                + " pm:system IRI, has 0",
            "codelists-broken.ttl (https://polku.fi/model/vs-empty): value set 'empty' has no"
                + " pm:includeSystem");
  }

  @Test
  void itemsThatCanBeBuiltAreKeptDespiteProblems() {
    Result result = read("codelists-broken.ttl");

    assertThat(result.codeLists()).extracting(CodeList::id).containsExactly("colour");
    assertThat(result.codeLists().get(0).concepts()).hasSize(1);
    assertThat(result.valueSets()).extracting(ValueSetDef::id).containsExactly("empty");
  }
}
