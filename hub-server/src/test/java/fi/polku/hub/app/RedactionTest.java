package fi.polku.hub.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

  @Test
  void aPasswordInADatabaseUrlIsHiddenWhateverItsForm() {
    assertThat(
            Redaction.secretsIn(
                "jdbc:postgresql://db:5432/polku?user=hub&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db:5432/polku?user=hub&password=***&ssl=true");
    assertThat(Redaction.secretsIn("jdbc:h2:tcp://db/polku;USER=sa;PASSWORD=s3cret;MODE=x"))
        .isEqualTo("jdbc:h2:tcp://db/polku;USER=sa;PASSWORD=***;MODE=x");
    assertThat(Redaction.secretsIn("jdbc:mysql://hub:s3cret@db/polku"))
        .isEqualTo("jdbc:mysql://hub:***@db/polku");
    assertThat(Redaction.secretsIn("Failed for jdbcUrl=jdbc:x://db/p?sslpassword=s3cret now"))
        .isEqualTo("Failed for jdbcUrl=jdbc:x://db/p?sslpassword=*** now");
  }

  @Test
  void aUrlWithoutSecretsIsShownAsItIs() {
    String url = "jdbc:postgresql://db:5432/polku?currentSchema=hub";

    assertThat(Redaction.secretsIn(url)).isEqualTo(url);
  }

  @Test
  void theValueOfASecretSettingIsHiddenWhole() {
    assertThat(Redaction.value("polku.database.password", "s3cret")).isEqualTo("***");
    assertThat(Redaction.value("polku.search.password", "s3cret")).isEqualTo("***");
    assertThat(Redaction.value("polku.limits.max-count", "-5")).isEqualTo("-5");
    assertThat(Redaction.value("polku.search.uris", "http://a:9200,http://hub:s3cret@b:9200"))
        .isEqualTo("http://a:9200,http://hub:***@b:9200");
  }

  @Test
  void aPasswordInASearchClustersUrisIsHiddenInEachEvenOneThatDoesNotParse() {
    assertThat(Redaction.uris("http://search-1:9200,https://hub:s3cret@search-2:9200"))
        .isEqualTo("http://search-1:9200,https://hub:***@search-2:9200");
    assertThat(Redaction.uris("hub:s3cret@search:9200, http:/hub:pa:ss@search"))
        .isEqualTo("hub:***@search:9200, http:/hub:***@search");
    assertThat(Redaction.uris("https://search:9200/?token=s3cret"))
        .isEqualTo("https://search:9200/?token=***");
  }
}
