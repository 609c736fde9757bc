package fi.polku.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.junit.jupiter.api.Test;

class UnguardedVariablesTest {

  private static final String PREFIXES =
      "PREFIX polku: <https://polku.fi/model/>\n"
          + "PREFIX fhir: <http://hl7.org/fhir/>\n"
          + "PREFIX pr: <https://polku.fi/model/rule#>\n"
          + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n";

  /** An absence and its study right, whose end is optional: the shape of most date rules. */
  private static final String ABSENCE_AND_STUDY_RIGHT =
      "$this polku:Absence.studyRight/fhir:reference ?sr ; polku:Absence.lesson/polku:date ?d ."
          + " OPTIONAL { ?sr polku:StudyRight.period/fhir:start ?start }"
          + " OPTIONAL { ?sr polku:StudyRight.period/fhir:end ?end }";

  private static java.util.Set<String> find(String where) {
    return UnguardedVariables.find(
        Algebra.compile(QueryFactory.create(PREFIXES + "SELECT $this ?d WHERE { " + where + " }")));
  }

  @Test
  void anOptionalEndHandedToARuleFunctionIsFound() {
    assertThat(
            find(
                ABSENCE_AND_STUDY_RIGHT
                    + " FILTER(pr:latest(?d) < pr:earliest(?start)"
                    + " || pr:earliest(?d) > pr:latest(?end))"))
        .containsExactly("?start in pr:earliest", "?end in pr:latest");
  }

  @Test
  void aBoundTestBeforeTheCallGuardsIt() {
    assertThat(
            find(
                ABSENCE_AND_STUDY_RIGHT
                    + " FILTER((BOUND(?start) && pr:latest(?d) < pr:earliest(?start))"
                    + " || (BOUND(?end) && pr:earliest(?d) > pr:latest(?end)))"))
        .isEmpty();
  }

  @Test
  void notBoundOrTheCallAndIfBoundAreGuardsToo() {
    assertThat(
            find(
                ABSENCE_AND_STUDY_RIGHT
                    + " FILTER((!BOUND(?start) || pr:latest(?d) < pr:earliest(?start))"
                    + " && pr:earliest(?d) < COALESCE(IF(BOUND(?end), pr:latest(?end),"
                    + " \"9999-12-31\"^^xsd:date), \"9999-12-31\"^^xsd:date))"))
        .isEmpty();
  }

  @Test
  void aGuardOnOneVariableDoesNotCoverAnother() {
    assertThat(
            find(
                ABSENCE_AND_STUDY_RIGHT
                    + " FILTER(BOUND(?start) && pr:earliest(?d) > pr:latest(?end))"))
        .containsExactly("?end in pr:latest");
  }

  @Test
  void variablesEveryRowBindsNeedNoTest() {
    assertThat(
            find(
                "$this polku:Learner.birthDate ?born ; polku:Learner.studyRight ?sr ."
                    + " ?sr fhir:start ?start"
                    + " FILTER(pr:fullYears(?born, pr:earliest(?start)) < 5)"))
        .isEmpty();
    assertThat(find("$this polku:x ?d FILTER(pr:earliest($this) > pr:earliest(?d))")).isEmpty();
  }

  @Test
  void aCallInsideNotExistsSeesWhatTheOuterRowBinds() {
    String notExists =
        " FILTER NOT EXISTS { ?other polku:StudyRight.learner ?l ; fhir:start ?os"
            + " FILTER(pr:earliest(?os) < pr:latest(%s)) }";
    assertThat(find(ABSENCE_AND_STUDY_RIGHT + notExists.formatted("?d"))).isEmpty();
    assertThat(find(ABSENCE_AND_STUDY_RIGHT + notExists.formatted("?end")))
        .containsExactly("?end in pr:latest");
  }

  @Test
  void aCallInABindIsCheckedToo() {
    assertThat(find(ABSENCE_AND_STUDY_RIGHT + " BIND(pr:latest(?end) AS ?last)"))
        .containsExactly("?end in pr:latest");
  }

  @Test
  void theShippedRulesHandNoRuleFunctionAnUnguardedVariable() {
    Map<String, Object> unguarded = new TreeMap<>();
    for (CompiledRule r :
        RuleLoader.load(
            RuleSources.classpath(getClass().getClassLoader(), RuleSet.CLASSPATH_FOLDER))) {
      if (!r.unguarded().isEmpty()) {
        unguarded.put(r.rule().id(), r.unguarded());
      }
    }

    assertThat(unguarded).isEmpty();
  }
}
