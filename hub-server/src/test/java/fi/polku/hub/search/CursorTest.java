package fi.polku.hub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CursorTest {

  @Test
  void aCursorSurvivesItsToken() {
    Cursor c = new Cursor(Arrays.asList("makela", 42L, null), 1234, 99);

    assertThat(Cursor.decode(c.encode(), 3)).isEqualTo(c);
    assertThat(c.encode()).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void aTokenOfAnotherSearchOrGarbageIsRefused() {
    String token = new Cursor(Arrays.asList("x"), 1, 2).encode();

    assertThatThrownBy(() -> Cursor.decode(token, 2))
        .isInstanceOfSatisfying(
            HubException.class, e -> assertThat(e.code()).isEqualTo(HubCodes.INVALID_CURSOR));
    assertThatThrownBy(() -> Cursor.decode("not a cursor!", 1)).isInstanceOf(HubException.class);
  }
}
