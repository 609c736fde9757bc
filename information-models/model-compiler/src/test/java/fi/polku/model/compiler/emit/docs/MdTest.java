package fi.polku.model.compiler.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MdTest {

  @Test
  void escapesTableAndFormattingCharactersInText() {
    assertThat(Md.text("a | b\nc *d* _e_ <f> [g] \\h"))
        .isEqualTo("a \\| b<br>c \\*d\\* \\_e\\_ &lt;f> \\[g\\] \\\\h");
  }

  @Test
  void turnsAnyLineBreakIntoOneBreakTag() {
    assertThat(Md.text("a\r\nb\rc\nd")).isEqualTo("a<br>b<br>c<br>d");
  }

  @Test
  void escapesOnlyPipesInsideCodeSpans() {
    assertThat(Md.code("a | b <= c")).isEqualTo("`a \\| b <= c`");
  }

  @Test
  void usesALongerFenceWhenCodeContainsBackticks() {
    assertThat(Md.code("x.`y`")).isEqualTo("`` x.`y` ``");
  }

  @Test
  void kebabCasesTypeNames() {
    assertThat(Md.kebab("StudyRight")).isEqualTo("study-right");
    assertThat(Md.kebab("Learner")).isEqualTo("learner");
    assertThat(Md.kebab("ECECUnit")).isEqualTo("ecec-unit");
    assertThat(Md.kebab("PolkuOrganization")).isEqualTo("polku-organization");
  }

  @Test
  void cutsAtTheFirstSentenceButNotAtAbbreviations() {
    assertThat(Md.firstSentence("A person, e.g. a pupil. Corresponds to X."))
        .isEqualTo("A person, e.g. a pupil.");
  }
}
