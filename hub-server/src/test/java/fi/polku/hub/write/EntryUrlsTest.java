package fi.polku.hub.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntryUrlsTest {

  private final EntryUrls urls = new EntryUrls();

  @Test
  void aPlaceholderNamesTheResourceOfItsEntry() {
    urls.add("urn:uuid:5b7f", "Learner/7");

    assertThat(urls.target("urn:uuid:5b7f", null)).isEqualTo("Learner/7");
    assertThat(urls.target("urn:uuid:other", null)).isNull();
  }

  @Test
  void anAbsoluteFullUrlIsNamedExactlyAndRelativelyFromEntriesOfTheSameBase() {
    urls.add("https://client.example/fhir/Learner/abc", "Learner/7");

    assertThat(urls.target("https://client.example/fhir/Learner/abc", null)).isEqualTo("Learner/7");
    assertThat(urls.target("Learner/abc", "https://client.example/fhir/StudyRight/x"))
        .isEqualTo("Learner/7");
  }

  @Test
  void aRelativeReferenceFromAnEntryOfAnotherBaseOrWithoutOneIsNotTheEntry() {
    urls.add("https://client.example/fhir/Learner/abc", "Learner/7");

    assertThat(urls.target("Learner/abc", "https://other.example/fhir/StudyRight/x")).isNull();
    assertThat(urls.target("Learner/abc", "urn:uuid:1")).isNull();
    assertThat(urls.target("Learner/abc", null)).isNull();
  }

  @Test
  void aLocalFullUrlIsNamedByRelativeReferencesOfEntriesWithoutABase() {
    urls.add("Learner/tmp", "Learner/9");

    assertThat(urls.target("Learner/tmp", null)).isEqualTo("Learner/9");
    assertThat(urls.target("Learner/tmp", "urn:uuid:1")).isEqualTo("Learner/9");
    assertThat(urls.target("Learner/tmp", "https://client.example/fhir/StudyRight/x")).isNull();
  }

  @Test
  void versionedReferencesConditionsAndOtherUrlsAreNotEntries() {
    urls.add("https://client.example/fhir/Learner/abc", "Learner/7");
    urls.add("not a url", "Learner/8");

    assertThat(urls.target("https://client.example/fhir/Learner/abc/_history/1", null)).isNull();
    assertThat(urls.target("Learner?identifier=x|1", null)).isNull();
    assertThat(urls.target("not a url", null)).isNull();
    assertThat(urls.target("#contained", null)).isNull();
  }
}
