package fi.polku.mapping.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fi.polku.mapping.spec.EntitySpec;
import fi.polku.mapping.spec.MappingSpec;
import fi.polku.mapping.spec.SpecException;
import fi.polku.mapping.spec.SpecLoader;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The query of an incremental SQL read: after the last position, or from an overlap before it. */
class SqlIncrementalTest {

  private static final SqlPosition LAST = new SqlPosition("2024-05-02T10:30:00", List.of(17L));

  private static MappingSpec spec(String incremental) {
    return SpecLoader.read(
        "test.yaml",
        new StringReader(
            """
            polku-mapping: 1
            name: incremental
            version: "1"
            sourceSystem: test
            source: { kind: sql }
            entities:
              - name: child
                table: lapsi
                columns: [lapsi_id, muokattu]
                key: "${lapsi_id}"
                incremental: %s
                resources:
                  - name: learner
                    type: Learner
                    fields: []
            """
                .formatted(incremental)));
  }

  private static SqlSourceReader reader(String incremental, SqlPosition since) {
    EntitySpec child = spec(incremental).entities().get(0);
    return new SqlSourceReader(null, "db", child, since);
  }

  @Test
  void aFirstRunReadsEveryRowInModificationOrder() {
    SqlSourceReader r = reader("{ column: muokattu, key: lapsi_id, overlap: PT5M }", null);

    assertThat(r.statement())
        .isEqualTo("SELECT lapsi_id, muokattu FROM lapsi ORDER BY muokattu, lapsi_id");
    assertThat(r.queryParameters()).isEmpty();
  }

  @Test
  void withoutOverlapARunReadsOnlyRowsAfterTheLastPosition() {
    SqlSourceReader r = reader("{ column: muokattu, key: lapsi_id }", LAST);

    assertThat(r.statement())
        .isEqualTo(
            "SELECT lapsi_id, muokattu FROM lapsi WHERE (muokattu > :#p0 OR (muokattu = :#p0 AND"
                + " lapsi_id > :#p1)) ORDER BY muokattu, lapsi_id");
    assertThat(r.queryParameters())
        .containsEntry("p0", Timestamp.valueOf(LocalDateTime.parse(LAST.time())))
        .containsEntry("p1", 17L);
  }

  @Test
  void withOverlapARunReadsAgainTheRowsModifiedWithinItBeforeTheLastPosition() {
    SqlSourceReader r = reader("{ column: muokattu, key: lapsi_id, overlap: PT5M }", LAST);

    assertThat(r.statement())
        .isEqualTo(
            "SELECT lapsi_id, muokattu FROM lapsi WHERE muokattu >= :#p0"
                + " ORDER BY muokattu, lapsi_id");
    assertThat(r.queryParameters())
        .containsOnlyKeys("p0")
        .containsEntry("p0", Timestamp.valueOf(LocalDateTime.parse("2024-05-02T10:25:00")));
  }

  @Test
  void theBuiltInEcecSpecReadsAgainTheLastFiveMinutes() {
    assertThat(SpecLoader.builtIn("ecec-database").spec().entities())
        .allSatisfy(e -> assertThat(e.incremental().overlap()).isEqualTo(Duration.ofMinutes(5)));
  }

  @Test
  void anOverlapThatIsNotADurationIsASpecProblemSayingWhatOneLooksLike() {
    for (String bad : List.of("5 minutes", "-PT5M")) {
      SpecException e =
          catchThrowableOfType(
              () -> spec("{ column: muokattu, key: lapsi_id, overlap: \"" + bad + "\" }"),
              SpecException.class);

      assertThat(e.problems())
          .singleElement()
          .satisfies(
              p -> assertThat(p.toString()).contains("overlap").contains("PT5M").contains(bad));
    }
  }
}
