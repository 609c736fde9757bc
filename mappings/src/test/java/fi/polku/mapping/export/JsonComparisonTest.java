package fi.polku.mapping.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.mapping.export.JsonComparison.Difference;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonComparisonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text.replace('\'', '"'));
  }

  @Test
  void keyOrderEmptyValuesAndNumberFormsAreNotDifferences() throws Exception {
    JsonNode expected =
        json(
            "{'a': 1, 'b': {'x': 'y', 'empty': {}}, 'list': [{'k': 'v', 'n': null}], 's': '',"
                + " 'none': []}");
    JsonNode actual = json("{'list': [{'k': 'v'}], 'b': {'x': 'y'}, 'a': 1.0}");

    assertThat(JsonComparison.compare(expected, actual)).isEmpty();
  }

  @Test
  void aChangedValueIsReportedWithItsPathAndBothValues() throws Exception {
    List<Difference> d =
        JsonComparison.compare(
            json("{'t': {'jaksot': [{'alku': '2020-01-01'}, {'alku': '2021-01-01'}]}}"),
            json("{'t': {'jaksot': [{'alku': '2020-01-01'}, {'alku': '2021-02-01'}]}}"));

    assertThat(d).hasSize(1);
    assertThat(d.get(0).path()).isEqualTo("t.jaksot[1].alku");
    assertThat(d.get(0).expected().asText()).isEqualTo("2021-01-01");
    assertThat(d.get(0).actual().asText()).isEqualTo("2021-02-01");
  }

  @Test
  void aMissingArrayElementAndAMissingFieldAreReported() throws Exception {
    List<Difference> d =
        JsonComparison.compare(
            json("{'osat': [{'a': 1}, {'a': 2}], 'nimi': 'x'}"), json("{'osat': [{'a': 1}]}"));

    assertThat(d).extracting(Difference::path).containsExactly("nimi", "osat[1]");
    assertThat(d).allSatisfy(x -> assertThat(x.actual()).isNull());
  }

  @Test
  void anExtraElementOnTheActualSideIsReported() throws Exception {
    List<Difference> d = JsonComparison.compare(json("{'a': true}"), json("{'a': true, 'b': 2}"));

    assertThat(d).singleElement().satisfies(x -> assertThat(x.expected()).isNull());
  }

  @Test
  void aTextIsNotEqualToANumberOfTheSameDigits() throws Exception {
    assertThat(JsonComparison.compare(json("{'v': 1}"), json("{'v': '1'}"))).hasSize(1);
  }
}
