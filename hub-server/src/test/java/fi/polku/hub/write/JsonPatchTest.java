package fi.polku.hub.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonPatchTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text.replace('\'', '"'));
  }

  private static JsonNode apply(String doc, String patch) throws Exception {
    return JsonPatch.parse(patch.replace('\'', '"').getBytes(StandardCharsets.UTF_8))
        .apply(json(doc), "Learner/1");
  }

  private static String code(Throwable t) {
    return ((HubException) t).code().code();
  }

  @Test
  void addSetsAMemberInsertsIntoAnArrayAndAppendsWithDash() throws Exception {
    JsonNode out =
        apply(
            "{'a':{'b':1},'l':['x','z']}",
            "[{'op':'add','path':'/a/c','value':2},"
                + "{'op':'add','path':'/l/1','value':'y'},"
                + "{'op':'add','path':'/l/-','value':'end'}]");

    assertThat(out).isEqualTo(json("{'a':{'b':1,'c':2},'l':['x','y','z','end']}"));
  }

  @Test
  void removeReplaceMoveAndCopyChangeTheDocumentAsRfc6902Says() throws Exception {
    JsonNode out =
        apply(
            "{'a':1,'b':[1,2,3],'c':{'d':'e'}}",
            "[{'op':'remove','path':'/b/0'},"
                + "{'op':'replace','path':'/a','value':{'n':true}},"
                + "{'op':'move','from':'/c/d','path':'/moved'},"
                + "{'op':'copy','from':'/b','path':'/copy'}]");

    assertThat(out).isEqualTo(json("{'a':{'n':true},'b':[2,3],'c':{},'moved':'e','copy':[2,3]}"));
  }

  @Test
  void pointerEscapesNameMembersWithSlashAndTilde() throws Exception {
    JsonNode out =
        apply(
            "{'a/b':1,'m~n':2}",
            "[{'op':'replace','path':'/a~1b','value':3}," + "{'op':'remove','path':'/m~0n'}]");

    assertThat(out).isEqualTo(json("{'a/b':3}"));
  }

  @Test
  void aTestThatHoldsChangesNothingAndTheOriginalIsNeverModified() throws Exception {
    JsonNode original = json("{'gender':'female'}");
    JsonPatch patch =
        JsonPatch.parse(
            "[{\"op\":\"test\",\"path\":\"/gender\",\"value\":\"female\"},{\"op\":\"remove\",\"path\":\"/gender\"}]"
                .getBytes(StandardCharsets.UTF_8));

    JsonNode out = patch.apply(original, "Learner/1");

    assertThat(out).isEqualTo(json("{}"));
    assertThat(original).isEqualTo(json("{'gender':'female'}"));
  }

  @Test
  void aFailingTestAMissingPathOrAnIndexOutOfRangeIsAConflictNamingTheOperation() {
    assertThatThrownBy(
            () ->
                apply(
                    "{'gender':'male'}",
                    "[{'op':'add','path':'/x','value':1},"
                        + "{'op':'test','path':'/gender','value':'female'}]"))
        .satisfies(t -> assertThat(code(t)).isEqualTo(HubCodes.PATCH_CONFLICT.code()))
        .hasMessageContaining("operation 1 (test)")
        .hasMessageContaining("/gender");
    assertThatThrownBy(() -> apply("{'a':{}}", "[{'op':'remove','path':'/a/b'}]"))
        .satisfies(t -> assertThat(code(t)).isEqualTo(HubCodes.PATCH_CONFLICT.code()))
        .hasMessageContaining("/a/b does not exist");
    assertThatThrownBy(() -> apply("{'l':[1]}", "[{'op':'add','path':'/l/2','value':0}]"))
        .hasMessageContaining("out of range");
    assertThatThrownBy(() -> apply("{'l':[1]}", "[{'op':'replace','path':'/l/01','value':0}]"))
        .hasMessageContaining("not an array index");
    assertThatThrownBy(() -> apply("{'a':{'b':1}}", "[{'op':'move','from':'/a','path':'/a/c'}]"))
        .hasMessageContaining("own children");
  }

  @Test
  void aDocumentThatIsNotAnArrayOfWellFormedOperationsIsABadRequest() {
    for (String bad :
        new String[] {
          "",
          "{'op':'add'}",
          "not json",
          "[{'op':'upsert','path':'/a'}]",
          "[{'op':'add','path':'/a'}]",
          "[{'op':'move','path':'/a'}]",
          "[{'op':'remove','path':'a'}]",
          "[{'op':'remove','path':'/a~2'}]",
          "[1]"
        }) {
      assertThatThrownBy(
              () -> JsonPatch.parse(bad.replace('\'', '"').getBytes(StandardCharsets.UTF_8)))
          .as(bad)
          .satisfies(t -> assertThat(code(t)).isEqualTo(HubCodes.INVALID_PATCH.code()));
    }
  }

  @Test
  void aTestComparesNumbersByValueAndObjectsInAnyMemberOrder() throws Exception {
    JsonNode out =
        apply(
            "{'n':{'v':1.0,'u':'a'},'l':[1,2]}",
            "[{'op':'test','path':'/n','value':{'u':'a','v':1}},"
                + "{'op':'test','path':'/l','value':[1.00,2]}]");

    assertThat(out).isEqualTo(json("{'n':{'v':1.0,'u':'a'},'l':[1,2]}"));
    assertThatThrownBy(() -> apply("{'l':[1,2]}", "[{'op':'test','path':'/l','value':[2,1]}]"))
        .hasMessageContaining("not the expected one");
  }

  @Test
  void anEmptyPatchReturnsAnEqualDocument() throws Exception {
    assertThat(apply("{'a':[1,{'b':null}]}", "[]")).isEqualTo(json("{'a':[1,{'b':null}]}"));
  }
}
