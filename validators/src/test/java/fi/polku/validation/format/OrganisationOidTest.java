package fi.polku.validation.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.validation.TestSupport;
import fi.polku.validation.catalogue.IdentifierCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Organisation OIDs, checked against the real organisation hierarchy. */
class OrganisationOidTest {

  private static final FormatContext NO_CONTEXT = FormatContext.of(LocalDate.of(2025, 1, 15));

  @Test
  void acceptsEveryOidOfTheRealOrganisationHierarchy() throws IOException {
    Path file = TestSupport.root().resolve("samples/data/organisaatio/hierarkia.json");
    assumeThat(Files.exists(file)).as("sample data in the checkout").isTrue();
    List<String> oids = new ArrayList<>();
    collectOids(new ObjectMapper().readTree(file.toFile()), oids);

    assertThat(oids).hasSizeGreaterThan(900);
    assertThat(oids).allMatch(OrganisationOid::isValid);
  }

  private void collectOids(JsonNode node, List<String> oids) {
    if (node.has("oid")) {
      oids.add(node.get("oid").asText());
    }
    node.forEach(child -> collectOids(child, oids));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.2.246.562.24.10000000001",
        "1.2.246.562.10",
        "1.2.246.562.10.",
        "1.2.246.562.10.1234a",
        "urn:oid:1.2.246.562.10.12345678901",
        " 1.2.246.562.10.12345678901"
      })
  void rejectsOtherArcsAndMalformedOids(String value) {
    assertThat(new OrganisationOid().check(value, NO_CONTEXT).code())
        .isEqualTo(IdentifierCodes.ORGANISATION_OID);
  }
}
