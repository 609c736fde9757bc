package fi.polku.validation.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import fi.polku.validation.api.IssueCode;
import fi.polku.validation.api.ValidationIssue;
import fi.polku.validation.catalogue.InputCodes;
import fi.polku.validation.catalogue.Issues;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Reads a request body into a {@link JsonValue} tree with Jackson's streaming parser, enforcing
 * {@link InputLimits} as it goes, so every bad input ends in one clear issue in bounded time and
 * memory: empty, too large (checked from the length alone), not strict UTF-8, not JSON, trailing
 * content, too deep, too long a string or number, too many values, or a property twice in one
 * object (which JSON parsers resolve differently, so the body would be ambiguous).
 *
 * <p>Thread-safe; one instance serves all requests.
 */
public final class SafeJsonReader {

  private final InputLimits limits;
  private final JsonFactory factory;

  /** A reader enforcing {@code limits}. */
  public SafeJsonReader(InputLimits limits) {
    this.limits = limits;
    // Jackson's own limits sit just above ours so that our checks, which know the path and give
    // specific codes, always trigger first; Jackson's remain a safety net.
    long ceiling = (long) limits.maxBytes() + 1;
    int big = (int) Math.min(Integer.MAX_VALUE, Math.max(ceiling, limits.maxStringLength() + 1L));
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxDepth() + 1)
            .maxStringLength(big)
            .maxNameLength(big)
            .maxNumberLength(big)
            .maxDocumentLength(ceiling)
            .build();
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            // Property names come from the sender: do not intern them into the JVM's string pool.
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build();
  }

  /** The limits this reader enforces. */
  public InputLimits limits() {
    return limits;
  }

  /** Reads {@code body}; never throws for bad input. */
  public ParseResult read(byte[] body) {
    if (body == null || isBlank(body)) {
      return ParseResult.failed(Issues.of(InputCodes.EMPTY_BODY, null, "input"));
    }
    if (body.length > limits.maxBytes()) {
      return ParseResult.failed(
          Issues.of(
              InputCodes.TOO_LARGE,
              null,
              "input",
              "size",
              Integer.toString(body.length),
              "max",
              Integer.toString(limits.maxBytes())));
    }
    int invalid = Utf8.firstInvalid(body);
    if (invalid >= 0) {
      return ParseResult.failed(
          Issues.of(InputCodes.INVALID_UTF8, null, "input", "offset", Integer.toString(invalid)));
    }
    try (JsonParser parser = factory.createParser(body)) {
      return new TreeBuilder(parser).read();
    } catch (Stop stop) {
      return ParseResult.failed(stop.issue);
    } catch (StreamConstraintsException e) {
      return ParseResult.failed(atLocation(InputCodes.INPUT_LIMIT, e.getLocation()));
    } catch (JsonProcessingException e) {
      return ParseResult.failed(atLocation(InputCodes.NOT_JSON, e.getLocation()));
    } catch (IOException e) {
      // Reading from a byte array does no I/O; Jackson reports undecodable input this way.
      return ParseResult.failed(atLocation(InputCodes.NOT_JSON, null));
    }
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static ValidationIssue atLocation(IssueCode code, JsonLocation loc) {
    String line = loc == null ? "?" : Integer.toString(loc.getLineNr());
    String column = loc == null ? "?" : Integer.toString(loc.getColumnNr());
    return Issues.of(code, null, "input", "line", line, "column", column);
  }

  /** Ends reading with an issue; carries no stack trace (it is control flow, not a failure). */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ValidationIssue issue;

    Stop(ValidationIssue issue) {
      super(null, null, false, false);
      this.issue = issue;
    }
  }

  /** An object or array being built, with where it sits in its parent (for issue paths). */
  private static final class Frame {
    final String nameInParent;
    final int indexInParent;
    final LinkedHashMap<String, JsonValue> members;
    final List<JsonValue> items;
    String pendingName;

    Frame(String nameInParent, int indexInParent, boolean object) {
      this.nameInParent = nameInParent;
      this.indexInParent = indexInParent;
      this.members = object ? new LinkedHashMap<>() : null;
      this.items = object ? null : new ArrayList<>();
    }

    JsonValue build() {
      return members != null ? new JsonObject(members) : new JsonArray(items);
    }
  }

  /** One read: an explicit stack instead of recursion, so depth costs no call stack. */
  private final class TreeBuilder {
    private final JsonParser parser;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private String rootType;
    private int values;

    TreeBuilder(JsonParser parser) {
      this.parser = parser;
    }

    ParseResult read() throws IOException {
      JsonToken token = parser.nextToken();
      while (true) {
        JsonValue done = step(token);
        if (done != null && stack.isEmpty()) {
          JsonToken extra = parser.nextToken();
          if (extra != null) {
            return ParseResult.failed(
                atLocation(InputCodes.TRAILING_CONTENT, parser.currentTokenLocation()));
          }
          return ParseResult.ok(done);
        }
        token = parser.nextToken();
        if (token == null) {
          // The parser reports unclosed structures itself; this is a guard.
          return ParseResult.failed(atLocation(InputCodes.NOT_JSON, parser.currentLocation()));
        }
      }
    }

    /** Handles one token; returns a completed value (scalar or closed container) or null. */
    private JsonValue step(JsonToken token) throws IOException {
      JsonValue value =
          switch (token) {
            case START_OBJECT, START_ARRAY -> {
              open(token == JsonToken.START_OBJECT);
              yield null;
            }
            case FIELD_NAME -> {
              name();
              yield null;
            }
            case END_OBJECT, END_ARRAY -> stack.pop().build();
            case VALUE_STRING -> new JsonString(text(InputCodes.STRING_TOO_LONG, limitString()));
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                new JsonNumber(text(InputCodes.NUMBER_TOO_LONG, limits.maxNumberLength()));
            case VALUE_TRUE -> JsonBoolean.TRUE;
            case VALUE_FALSE -> JsonBoolean.FALSE;
            case VALUE_NULL -> JsonNull.INSTANCE;
            default -> throw new Stop(atLocation(InputCodes.NOT_JSON, parser.currentLocation()));
          };
      if (value == null) {
        return null;
      }
      if (!(value instanceof JsonObject) && !(value instanceof JsonArray)) {
        count();
      }
      if (!stack.isEmpty()) {
        add(stack.peek(), value);
      }
      return value;
    }

    private int limitString() {
      return limits.maxStringLength();
    }

    private void open(boolean object) {
      count();
      Frame parent = stack.peek();
      String name = parent != null && parent.members != null ? parent.pendingName : null;
      int index = parent != null && parent.items != null ? parent.items.size() : -1;
      stack.push(new Frame(name, index, object));
      if (stack.size() > limits.maxDepth()) {
        throw new Stop(
            Issues.of(
                InputCodes.TOO_DEEP,
                path(null),
                "input",
                "max",
                Integer.toString(limits.maxDepth()),
                "path",
                path(null)));
      }
    }

    private void name() throws IOException {
      Frame frame = stack.peek();
      String name = parser.currentName();
      if (name.length() > limits.maxStringLength()) {
        throw new Stop(
            tooLong(InputCodes.STRING_TOO_LONG, name.length(), limits.maxStringLength(), null));
      }
      if (frame.members.containsKey(name)) {
        String where = path(null);
        throw new Stop(
            Issues.of(
                InputCodes.DUPLICATE_KEY,
                where,
                "input",
                "name",
                PathText.safeName(name),
                "path",
                where));
      }
      frame.pendingName = name;
    }

    private String text(IssueCode code, int max) throws IOException {
      int length = parser.getTextLength();
      if (length > max) {
        throw new Stop(tooLong(code, length, max, currentName()));
      }
      String text = parser.getText();
      if (stack.size() == 1 && "resourceType".equals(stack.peek().pendingName)) {
        rootType = text; // for nicer paths in later issues
      }
      return text;
    }

    private String currentName() {
      Frame frame = stack.peek();
      return frame == null ? null : frame.members != null ? frame.pendingName : "[]";
    }

    private ValidationIssue tooLong(IssueCode code, int length, int max, String last) {
      String where = path(last);
      return Issues.of(
          code,
          where,
          "input",
          "path",
          where,
          "length",
          Integer.toString(length),
          "max",
          Integer.toString(max));
    }

    private void add(Frame frame, JsonValue value) {
      if (frame.members != null) {
        frame.members.put(frame.pendingName, value);
      } else {
        frame.items.add(value);
      }
    }

    private void count() {
      if (++values > limits.maxValues()) {
        throw new Stop(
            Issues.of(
                InputCodes.TOO_MANY_VALUES,
                null,
                "input",
                "max",
                Integer.toString(limits.maxValues())));
      }
    }

    /** FHIRPath-like path of the current position, plus {@code last} if given. */
    private String path(String last) {
      List<String> segments = new ArrayList<>();
      Frame[] frames = stack.toArray(new Frame[0]);
      for (int i = frames.length - 1; i >= 0; i--) {
        Frame f = frames[i];
        if (f.nameInParent != null) {
          segments.add("." + PathText.safeName(f.nameInParent));
        } else if (f.indexInParent >= 0) {
          segments.add("[" + f.indexInParent + "]");
        }
      }
      if (last != null && !last.equals("[]")) {
        segments.add("." + PathText.safeName(last));
      } else if (last != null) {
        Frame top = stack.peek();
        segments.add("[" + top.items.size() + "]");
      }
      StringBuilder sb = new StringBuilder(PathText.rootName(rootType));
      segments.forEach(sb::append);
      return sb.toString();
    }
  }
}
