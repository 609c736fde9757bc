package fi.polku.validation.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.polku.validation.TestSupport;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnownDifferencesTest {

  @Test
  void readsTableRowsAndIgnoresOtherLines() {
    KnownDifferences known =
        KnownDifferences.parse(
            List.of(
                "# Title",
                "| case | Polku | HL7 | why |",
                "|---|---|---|---|",
                "| `*~hetu-checksum` | reject | accept | The check character is wrong. |",
                "| `StudyRight/x~drop-optional` | accept | reject | Coding.code is optional. |",
                "Some text with | pipes |"));

    assertThat(known.entries())
        .extracting(KnownDifferences.Entry::pattern)
        .containsExactly("*~hetu-checksum", "StudyRight/x~drop-optional");
    assertThat(known.entries().get(0).reason()).isEqualTo("The check character is wrong.");
  }

  @Test
  void patternMatchesAnyTextAtItsStarsAndNothingElse() {
    KnownDifferences.Entry e =
        new KnownDifferences.Entry("Learner/*~hetu-checksum", false, true, "reason");

    assertThat(e.matches("Learner/koski-lisaopetus~hetu-checksum")).isTrue();
    assertThat(e.matches("PolkuPerson/p~hetu-checksum")).isFalse();
    assertThat(e.matches("Learner/x~hetu-checksum2")).isFalse();
    assertThat(new KnownDifferences.Entry("a.b", false, true, "r").matches("aXb")).isFalse();
  }

  @Test
  void explainsOnlyTheDocumentedVerdicts() {
    KnownDifferences known =
        KnownDifferences.parse(List.of("| `*~x` | reject | accept | because |"));

    assertThat(known.explanation("T/a~x", false, true)).isNotNull();
    assertThat(known.explanation("T/a~x", true, false)).isNull();
    assertThat(known.explanation("T/a~y", false, true)).isNull();
  }

  @Test
  void aRowWithoutReasonIsAnError() {
    assertThatThrownBy(() -> KnownDifferences.parse(List.of("| `*~x` | reject | accept |  |")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without a reason");
  }

  @Test
  void aRowWithTheSameVerdictsIsAnError() {
    assertThatThrownBy(() -> KnownDifferences.parse(List.of("| `*~x` | reject | reject | r |")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same verdicts");
  }

  @Test
  void theProjectDocumentHasExplainedDifferences() {
    KnownDifferences known =
        KnownDifferences.read(TestSupport.root().resolve(KnownDifferences.DOCUMENT));

    assertThat(known.entries())
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.reason()).hasSizeGreaterThan(40));
  }
}
