package fi.polku.samples;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.samples.ecec.EcecCodes;
import fi.polku.samples.ecec.EcecSchema;
import fi.polku.samples.generate.FaultKind;
import fi.polku.samples.generate.FaultLog;
import fi.polku.samples.register.RegisterCodes;
import fi.polku.samples.register.RegisterWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * samples/README.md is the contract mapping authors work from: it must name every file, table,
 * column and local code the generator writes.
 */
class ReadmeContractTest {

  static String readme;

  @BeforeAll
  static void read() throws IOException {
    readme = Files.readString(TestSets.root().resolve("samples/README.md"), StandardCharsets.UTF_8);
  }

  @Test
  void everyRegisterFileAndColumnIsDocumented() {
    for (Map.Entry<String, List<String>> file : RegisterWriter.FILES.entrySet()) {
      String section = section("`" + file.getKey() + "`");
      for (String column : file.getValue()) {
        assertThat(section).as(file.getKey()).contains("| `" + column + "` |");
      }
    }
  }

  @Test
  void everyEcecTableAndColumnIsDocumented() {
    for (EcecSchema.Table table : EcecSchema.TABLES) {
      String section = section("`" + table.name() + "`");
      for (EcecSchema.Column column : table.columns()) {
        assertThat(section)
            .as(table.name())
            .contains("| `" + column.name() + "` | " + column.type());
      }
    }
  }

  @Test
  void everyLocalCodeIsDocumentedInItsCodeTable() {
    codes("`luokka_aste`", RegisterCodes.GRADE_LEVELS);
    codes("`syy`", RegisterCodes.ABSENCE_REASONS);
    codes("`suhde` (register)", RegisterCodes.RELATIONS);
    codes("`tuki`", RegisterCodes.SUPPORT_LEVELS);
    codes("`tila`", RegisterCodes.STATUSES);
    codes("`ryhmatyyppi`", RegisterCodes.GROUP_TYPES);
    codes("`koulutyyppi`", RegisterCodes.SCHOOL_TYPES);
    codes("`sukupuoli` (register)", RegisterCodes.SEXES);
    codes("`sukupuoli` (ECEC)", EcecCodes.SEXES);
    codes("`tyyppi`", EcecCodes.UNIT_TYPES);
    codes("`jarjmuoto`", EcecCodes.ARRANGEMENTS);
    codes("`suhde` (ECEC)", EcecCodes.RELATIONS);
  }

  @Test
  void faultKindsAndTheFaultFileAreDocumented() {
    String section = section("Fault injection");
    for (FaultKind kind : FaultKind.values()) {
      assertThat(section).contains("`" + kind.code() + "`");
    }
    assertThat(section).contains(FaultLog.HEADER);
  }

  private static void codes(String heading, Map<?, ?> table) {
    String section = section(heading);
    for (Object code : table.keySet()) {
      assertThat(section).as(heading).contains("| `" + code + "` |");
    }
  }

  /** The text from the heading that contains the title to the next heading of any level. */
  private static String section(String title) {
    int at = -1;
    for (int i = readme.indexOf('#'); i >= 0; i = readme.indexOf("\n#", i + 1)) {
      int start = readme.charAt(i) == '\n' ? i + 1 : i;
      int end = readme.indexOf('\n', start);
      if (readme.substring(start, end).contains(title)) {
        at = start;
        break;
      }
    }
    assertThat(at).as("README heading with " + title).isNotNegative();
    int next = readme.indexOf("\n#", at + 1);
    return readme.substring(at, next < 0 ? readme.length() : next);
  }
}
