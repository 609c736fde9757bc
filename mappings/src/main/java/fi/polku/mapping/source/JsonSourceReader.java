package fi.polku.mapping.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.mapping.codes.MappingCodes;
import fi.polku.mapping.codes.RowIssue;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON records, streaming over files: each file is either one record (a KOSKI document), an
 * array of such records (its elements keyed {@code <file>-<n>} for {@code $file}), several of
 * either one after another (JSON Lines; documents after the first keyed by position too), or holds
 * an array of records at a path ({@code organisaatiot}), read one record at a time with a streaming
 * parser so a large file is never held whole. Records of a tree ({@code recurse: children}) are
 * flattened depth-first, a parent before its children, which is also the order in which they can
 * reference each other. A file that is not JSON becomes one rejected record.
 */
public final class JsonSourceReader extends FileSourceReader {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
          .build();

  private final String entity;
  private final List<String> recordPath;
  private final String recurse;

  /**
   * A reader for {@code entity}.
   *
   * @param records path of the record array inside each document; empty or null: the document is
   *     the record
   * @param recurse name of the field holding child records, or null
   */
  public JsonSourceReader(
      String entity, String records, String recurse, List<InputFiles.Found> files) {
    super(files);
    this.entity = entity;
    this.recordPath =
        records == null || records.isBlank() ? List.of() : List.of(records.split("\\."));
    this.recurse = recurse;
  }

  @Override
  Cursor open(InputFiles.Found file) {
    return new Cursor(file);
  }

  /** Reading state of one file. */
  private final class Cursor extends FileSourceReader.StreamCursor {
    private final InputFiles.Found file;
    private final Deque<JsonNode> pendingChildren = new ArrayDeque<>();
    private final java.util.Set<String> elsewhere = new java.util.LinkedHashSet<>();
    private JsonParser parser;
    private boolean done;
    private long recordLine;

    /** Whether the parser is inside a top-level array of documents. */
    private boolean inArray;

    /** Documents of the file read so far (root objects and array elements alike). */
    private long position;

    Cursor(InputFiles.Found file) {
      super(file);
      this.file = file;
    }

    @Override
    public SourceRecord next() {
      if (!pendingChildren.isEmpty()) {
        return record(pendingChildren.pop(), recordLine, null);
      }
      if (done) {
        return null;
      }
      try {
        boolean first = parser == null;
        if (first) {
          parser = FACTORY.createParser(in);
          if (parser.nextToken() == null) {
            done = true;
            return broken(1, 1, "the file is empty");
          }
          if (!recordPath.isEmpty() && !seek()) {
            done = true;
            return recordsNotFound();
          }
        }
        if (recordPath.isEmpty()) {
          return nextDocument(first);
        }
        JsonToken t = parser.nextToken();
        if (t == null || t == JsonToken.END_ARRAY) {
          done = true;
          return null;
        }
        recordLine = parser.currentTokenLocation().getLineNr();
        return record(MAPPER.readTree(parser), recordLine, null);
      } catch (JsonParseException e) {
        done = true;
        var l = e.getLocation();
        return broken(
            l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), e.getOriginalMessage());
      } catch (IOException e) {
        done = true;
        return SourceRecord.broken(
            entity,
            file.name(),
            0,
            "",
            RowIssue.of(
                MappingCodes.SOURCE_UNREADABLE,
                null,
                Map.of("origin", file.name(), "detail", String.valueOf(e.getMessage()))));
      }
    }

    /**
     * The next document of a file of documents. The file holds one document (an object), or an
     * array of them (as the KOSKI API answers a query for several learners), or several of either
     * one after another (JSON Lines, as bulk dumps are written): none of them is left unread, and
     * anything else after a document is reported, not ignored. The first root object keeps the
     * file's own {@code $file}; every other document gets the file's name and its position.
     */
    private SourceRecord nextDocument(boolean first) throws IOException {
      JsonToken t = first ? parser.currentToken() : parser.nextToken();
      while (true) {
        if (t == null) {
          done = true; // (an array left open is a parse error the caller reports)
          return null;
        }
        if (t == JsonToken.START_ARRAY && !inArray) {
          inArray = true;
          t = parser.nextToken();
          continue;
        }
        if (t == JsonToken.END_ARRAY && inArray) {
          inArray = false;
          t = parser.nextToken();
          continue;
        }
        var at = parser.currentTokenLocation();
        recordLine = at.getLineNr();
        position++;
        boolean own = !inArray && position == 1;
        JsonNode document = MAPPER.readTree(parser);
        if (document == null || !document.isObject()) {
          return broken(
              at.getLineNr(),
              at.getColumnNr(),
              "a document must be a JSON object, not "
                  + (document == null
                      ? "nothing"
                      : document.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        String stem = own ? null : SourceRecord.stemOf(file.name()) + "-" + position;
        return record(document, recordLine, stem);
      }
    }

    /**
     * Moves the parser into the record array at {@code recordPath}; false if absent, with the names
     * found where it was looked for in {@link #elsewhere}.
     */
    private boolean seek() throws IOException {
      for (String key : recordPath) {
        elsewhere.clear();
        if (parser.currentToken() != JsonToken.START_OBJECT) {
          elsewhere.add("no object");
          return false;
        }
        boolean found = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          if (name.equals(key)) {
            found = true;
            break;
          }
          if (elsewhere.size() < 10) {
            elsewhere.add(name);
          }
          parser.skipChildren();
        }
        if (!found) {
          return false;
        }
      }
      if (parser.currentToken() == JsonToken.START_ARRAY) {
        return true;
      }
      elsewhere.clear();
      elsewhere.add("no list");
      return false;
    }

    /** The rejected record of a file without the record array. */
    private SourceRecord recordsNotFound() {
      return SourceRecord.broken(
          entity,
          file.name(),
          1,
          "",
          RowIssue.of(
              MappingCodes.RECORDS_NOT_FOUND,
              null,
              Map.of(
                  "file", file.name(),
                  "path", String.join(".", recordPath),
                  "found", elsewhere.isEmpty() ? "-" : String.join(", ", elsewhere))));
    }

    /** A record of {@code node}; {@code stem} its own {@code $file}, or null for the file's. */
    private SourceRecord record(JsonNode node, long line, String stem) {
      JsonNode own = node;
      if (recurse != null && node.isObject() && node.has(recurse)) {
        JsonNode children = node.get(recurse);
        if (children.isArray()) {
          for (int i = children.size() - 1; i >= 0; i--) {
            pendingChildren.push(children.get(i));
          }
        }
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        copy.remove(recurse);
        own = copy;
      }
      if (stem != null) {
        return SourceRecord.ofDocument(entity, file.name(), stem, line, own.toString(), node);
      }
      return SourceRecord.ofDocument(entity, file.name(), line, own.toString(), node);
    }

    private SourceRecord broken(long line, long column, String detail) {
      return SourceRecord.broken(
          entity,
          file.name(),
          line,
          "",
          RowIssue.of(
              MappingCodes.INVALID_JSON,
              null,
              Map.of(
                  "line", Long.toString(line),
                  "column", Long.toString(column),
                  "detail", String.valueOf(detail))));
    }

    @Override
    void releaseParser() {
      if (parser != null) {
        try {
          parser.close();
        } catch (IOException e) {
          // closing a parser of a read-only file: there is nothing to recover
        }
      }
    }
  }
}
