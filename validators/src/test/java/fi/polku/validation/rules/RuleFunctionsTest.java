package fi.polku.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleFunctionsTest {

  @ParameterizedTest
  @CsvSource({
    "2024, gYear, 2024-01-01, 2024-12-31",
    "2024-02, gYearMonth, 2024-02-01, 2024-02-29",
    "2023-02, gYearMonth, 2023-02-01, 2023-02-28",
    "2024-08-01, date, 2024-08-01, 2024-08-01",
    "2024-08-01T23:30:00+03:00, dateTime, 2024-08-01, 2024-08-01",
    "2024-08-01T10:00:00Z, dateTime, 2024-08-01, 2024-08-01"
  })
  void readsAFhirDateAsTheRangeOfDaysItMayDenote(
      String lexical, String type, LocalDate earliest, LocalDate latest) {
    Node date =
        NodeFactory.createLiteralDT(
            lexical, TypeMapper.getInstance().getSafeTypeByName(XSDDatatype.XSD + "#" + type));

    assertThat(RuleFunctions.bound(date, false)).isEqualTo(earliest);
    assertThat(RuleFunctions.bound(date, true)).isEqualTo(latest);
  }

  @Test
  void anythingElseIsAnEvaluationErrorSoTheRuleDoesNotFire() {
    for (Node bad :
        List.of(
            NodeFactory.createLiteralString("soon"),
            NodeFactory.createLiteralString("2024-13"),
            NodeFactory.createLiteralString("2023-02-29"),
            NodeFactory.createURI("https://polku.fi/fhir/Learner/1"))) {
      assertThatThrownBy(() -> RuleFunctions.bound(bad, false))
          .isInstanceOf(ExprEvalException.class);
    }
  }

  @Test
  void worksInSparqlIncludingAgesAndOpenEnds() {
    RuleFunctions.register();
    String query =
        """
        PREFIX pr: <https://polku.fi/model/rule#>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        SELECT ?latest ?age ?open ?before WHERE {
          BIND(pr:latest("2016"^^xsd:gYear) AS ?latest)
          BIND(pr:fullYears(pr:earliest("2015-03-01"^^xsd:date), "2021-02-28"^^xsd:date) AS ?age)
          BIND(COALESCE(pr:earliest(?unbound), "9999-12-31"^^xsd:date) AS ?open)
          BIND(pr:latest("2021-07"^^xsd:gYearMonth) < pr:earliest("2021-08-01"^^xsd:date) AS ?before)
        }
        """;
    try (QueryExecution q =
        QueryExecution.create().query(query).model(ModelFactory.createDefaultModel()).build()) {
      QuerySolution s = q.execSelect().next();

      assertThat(s.getLiteral("latest").getLexicalForm()).isEqualTo("2016-12-31");
      assertThat(s.getLiteral("age").getInt()).isEqualTo(5);
      assertThat(s.getLiteral("open").getLexicalForm()).isEqualTo("9999-12-31");
      assertThat(s.getLiteral("before").getBoolean()).isTrue();
    }
  }
}
