package fi.polku.validation.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.polku.validation.catalogue.IdentifierCodes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticIdentityCodesTest {

  @Test
  void everyCodeIsAValidTestCodeWithAnIndividualNumberFrom900To998() {
    for (long n = 0; n < SyntheticIdentityCodes.DISTINCT; n++) {
      String code = SyntheticIdentityCodes.code(n);
      // The full check passes all but the last step: individual numbers 900-999 are test codes.
      assertThat(PersonalIdentityCode.verify(code).code())
          .as(code)
          .isEqualTo(IdentifierCodes.PERSONAL_ID_TEMPORARY);
      assertThat(PersonalIdentityCode.isValid(code)).as(code).isTrue();
      assertThat(Integer.parseInt(code.substring(7, 10))).as(code).isBetween(900, 998);
    }
  }

  @Test
  void distinctNumbersGiveDistinctCodesUpToTheLimit() {
    Set<String> codes = new HashSet<>();
    for (long n = 0; n < SyntheticIdentityCodes.DISTINCT; n++) {
      codes.add(SyntheticIdentityCodes.code(n));
    }
    assertThat(codes).hasSize((int) SyntheticIdentityCodes.DISTINCT);
    assertThat(SyntheticIdentityCodes.DISTINCT).isEqualTo(332_640);
  }

  // Values made by the copies this class replaced (IngestData, WritePathBenchmark, hub Fixtures):
  // benchmark data and test data must stay the same.
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0, 010110A9002",
    "1, 020110A900P",
    "27, 280110A900F",
    "28, 010210A900V",
    "335, 281210A900B",
    "336, 010111A900A",
    "3359, 281219A900N",
    "3360, 010110A9013",
    "12345, 260916A9039",
    "332639, 281219A998U"
  })
  void codesAreTheOnesEarlierRunsMade(long n, String expected) {
    assertThat(SyntheticIdentityCodes.code(n)).isEqualTo(expected);
  }

  @Test
  void theWholeRangeIsTheOneEarlierRunsMade() throws Exception {
    // SHA-256 of every code, one a line, as the replaced copies made them.
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (long n = 0; n < SyntheticIdentityCodes.DISTINCT; n++) {
      sha.update((SyntheticIdentityCodes.code(n) + "\n").getBytes(StandardCharsets.US_ASCII));
    }
    assertThat(HexFormat.of().formatHex(sha.digest()))
        .isEqualTo("5daf732a54bf38e273111582407761e9032b60a1beef4090e9defbe615d99a1f");
  }

  @ParameterizedTest
  @ValueSource(longs = {-1, 332_640, Long.MAX_VALUE})
  void numbersOutsideTheRangeAreRejectedRatherThanRepeatingCodes(long n) {
    assertThatThrownBy(() -> SyntheticIdentityCodes.code(n))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Long.toString(n));
  }
}
