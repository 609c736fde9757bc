package fi.polku.samples.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.polku.samples.TestSets;
import fi.polku.samples.cli.Settings;
import fi.polku.samples.generate.IdentityCodes;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The student-register files are in exactly the format the README promises. */
class RegisterFormatTest {

  private static final String DATE = "([1-9]|[12][0-9]|3[01])\\.([1-9]|1[0-2])\\.20\\d\\d";

  @TempDir static Path dir;
  static Path set;

  @BeforeAll
  static void generate() {
    set = TestSets.generate(dir, Settings.of(1000, 3, 0));
  }

  @Test
  void filesAreIso88591WithScandinavianLettersAsSingleBytes() throws Exception {
    Path city = set.resolve("049-espoo/register");
    byte[] bytes = Files.readAllBytes(city.resolve("oppilaat.csv"));
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    assertThat(text).contains("ä").contains("ö");
    assertThat(indexOf(bytes, (byte) 0xE4)).isNotNegative();
    // Not UTF-8: "ä" is one byte, so a strict UTF-8 decoder fails.
    assertThat(indexOf(bytes, (byte) 0xC3)).isNegative();
    assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)))
        .isInstanceOf(CharacterCodingException.class);
    // Round trip: what is read back encodes to the same bytes.
    assertThat(text.getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(bytes);
  }

  @Test
  void everyFileHasItsHeaderAndCrLfLineEnds() throws Exception {
    for (Path city : TestSets.cities(set)) {
      for (Map.Entry<String, List<String>> file : RegisterWriter.FILES.entrySet()) {
        String text =
            Files.readString(city.resolve("register").resolve(file.getKey()), CsvFile.CHARSET);
        assertThat(text).startsWith(String.join(";", file.getValue()) + "\r\n").endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (TestSets.Row row : TestSets.csv(city.resolve("register").resolve(file.getKey()))) {
          assertThat(row.values()).hasSize(file.getValue().size());
        }
      }
    }
  }

  @Test
  void datesAreDayMonthYearWithoutLeadingZeros() {
    Map<String, List<String>> dateColumns =
        Map.of(
            "oppilaat.csv",
                List.of(
                    "syntymaaika",
                    "aloituspvm",
                    "tila_pvm",
                    "paattymispvm",
                    "tukipaatos_pvm",
                    "tuki_alkupvm"),
            "luokat.csv", List.of("alkupvm", "loppupvm"),
            "ryhmajasenyydet.csv", List.of("alkupvm", "loppupvm"),
            "poissaolot.csv", List.of("alkupvm", "loppupvm"));
    for (Path city : TestSets.cities(set)) {
      dateColumns.forEach(
          (file, columns) -> {
            for (TestSets.Row row : TestSets.csv(city.resolve("register").resolve(file))) {
              for (String column : columns) {
                String value = row.get(column);
                if (!value.isEmpty()) {
                  assertThat(value).matches(DATE);
                  assertThat(RegisterCodes.parseDate(value)).isPresent();
                }
              }
            }
          });
      for (TestSets.Row row : TestSets.csv(city.resolve("register/poissaolot.csv"))) {
        assertThat(row.get("kirjattu")).matches(DATE + " ([0-9]|1[0-9]|2[0-3]):[0-5][0-9]");
        boolean lesson = !row.get("tunti").isEmpty();
        assertThat(row.get("loppupvm").isEmpty()).isEqualTo(lesson);
      }
    }
  }

  @Test
  void pupilIdentityCodesAreValidSyntheticUniqueAndMatchBirthDateAndSex() {
    Set<String> codes = new HashSet<>();
    for (Path city : TestSets.cities(set)) {
      for (TestSets.Row pupil : TestSets.csv(city.resolve("register/oppilaat.csv"))) {
        String code = pupil.get("hetu");
        assertThat(IdentityCodes.isValid(code)).as(code).isTrue();
        int number = IdentityCodes.individualNumber(code);
        assertThat(number).isBetween(900, 999);
        assertThat(codes.add(code)).as(code).isTrue();
        assertThat(RegisterCodes.date(IdentityCodes.birthDate(code).orElseThrow()))
            .isEqualTo(pupil.get("syntymaaika"));
        assertThat(pupil.get("sukupuoli")).isEqualTo(number % 2 == 1 ? "1" : "2");
      }
      for (TestSets.Row guardian : TestSets.csv(city.resolve("register/huoltajat.csv"))) {
        String code = guardian.get("hetu");
        if (!code.isEmpty()) {
          assertThat(IdentityCodes.isValid(code)).isTrue();
          assertThat(IdentityCodes.individualNumber(code)).isBetween(900, 999);
          assertThat(codes).doesNotContain(code);
        }
      }
    }
  }

  @Test
  void fieldsWithSeparatorsOrQuotesAreQuotedAndReadBack() throws Exception {
    assertThat(CsvFile.quote("Koulukuljetus; taksi")).isEqualTo("\"Koulukuljetus; taksi\"");
    assertThat(CsvFile.quote("Painotettu opetus \"musiikki\""))
        .isEqualTo("\"Painotettu opetus \"\"musiikki\"\"\"");
    assertThat(CsvFile.parse("1;\"a;b\";\"say \"\"hi\"\"\";"))
        .containsExactly("1", "a;b", "say \"hi\"", "");
    long notesWithSeparator = 0;
    for (Path city : TestSets.cities(set)) {
      notesWithSeparator +=
          TestSets.csv(city.resolve("register/oppilaat.csv")).stream()
              .filter(r -> r.get("lisatieto").contains(";"))
              .count();
    }
    assertThat(notesWithSeparator).isPositive();
  }

  @Test
  void unencodableTextIsAnErrorNotAQuestionMark() {
    CsvFile file = new CsvFile(new java.io.ByteArrayOutputStream(), List.of("nimi"));
    assertThatThrownBy(
            () -> {
              file.write(new String[] {"Wiśniewski"});
              file.close();
            })
        .satisfiesAnyOf(
            e -> assertThat(e).isInstanceOf(UnmappableCharacterException.class),
            e -> assertThat(e).hasRootCauseInstanceOf(UnmappableCharacterException.class));
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
