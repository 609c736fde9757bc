package fi.polku.mapping.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import fi.polku.mapping.codes.MappingCodes;
import fi.polku.mapping.codes.RowIssue;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads XML exports, streaming: the records of an entity are the elements at a path below each
 * file's root element ({@code records: oppilaat.oppilas}), or the root element itself when there is
 * no path (one record per file). Only one record is held at a time, so a file of any size loads
 * with flat memory.
 *
 * <p>A record becomes the same tree a JSON record is, so specs read it with the same paths:
 *
 * <ul>
 *   <li>a child element is a field named by its local name (namespaces and prefixes are left out);
 *       an element that repeats is a list, one that appears once is a single value, and {@code
 *       each:} takes either;
 *   <li>an attribute is a field too; if a child element has the same name, the attribute is
 *       {@code @name};
 *   <li>an element with only text is that text, without surrounding whitespace; an empty element
 *       and {@code xsi:nil="true"} are no value; the text of an element that also has attributes or
 *       children is its field {@code $text} (and reading the element as a value reads that text).
 * </ul>
 *
 * <p>The encoding is the one the file declares (byte-order mark or XML declaration), else the
 * spec's. Document type declarations are not processed and external entities never fetched. A file
 * that is not well-formed XML yields the records before the error and one rejected record naming
 * the error's line; the rest of that file cannot be read.
 */
public final class XmlSourceReader extends FileSourceReader {

  /** Field holding an element's own text when it also has attributes or children. */
  public static final String TEXT_FIELD = "$text";

  private static final int MAX_DEPTH = 200;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String entity;
  private final List<String> recordPath;

  /** The root element's local name an absolute records path requires, or null. */
  private final String rootName;

  /** The records path as the spec writes it, for messages. */
  private final String recordsAsWritten;

  private final Charset encoding;
  private final XMLInputFactory factory;

  /**
   * A reader for {@code entity}.
   *
   * @param records local names of the record elements below the root element, separated by dots
   *     ({@code oppilaat.oppilas}) or slashes ({@code oppilaat/oppilas}, for names with dots); or,
   *     starting with a slash, from the root element itself ({@code /vienti/oppilaat/oppilas}),
   *     whose name is then checked; empty or null: the root element is the record
   * @param encoding the encoding of files that do not declare their own
   */
  public XmlSourceReader(
      String entity, String records, Charset encoding, List<InputFiles.Found> files) {
    super(files);
    this.entity = entity;
    this.recordsAsWritten = records == null ? "" : records.trim();
    List<String> steps = steps(recordsAsWritten);
    boolean absolute = recordsAsWritten.startsWith("/");
    this.rootName = absolute && !steps.isEmpty() ? steps.get(0) : null;
    this.recordPath = absolute && !steps.isEmpty() ? steps.subList(1, steps.size()) : steps;
    this.encoding = encoding;
    this.factory = XMLInputFactory.newFactory();
    // An export is data: no DTD processing, no external entities (XXE), text in one piece.
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  /** The steps of a records path: slash-separated if it has a slash, else dot-separated. */
  private static List<String> steps(String records) {
    if (records.isEmpty()) {
      return List.of();
    }
    String separator = records.contains("/") ? "/" : "\\.";
    return java.util.Arrays.stream(records.split(separator))
        .map(String::trim)
        .filter(step -> !step.isEmpty())
        .toList();
  }

  @Override
  Cursor open(InputFiles.Found file) {
    return new Cursor(file);
  }

  /** Reading state of one file. */
  private final class Cursor extends FileSourceReader.StreamCursor {
    private final InputFiles.Found file;
    private final List<String> open = new ArrayList<>();
    private XMLStreamReader xml;
    private XmlText text;
    private boolean done;

    /** Whether an element that holds records (the path without its last step) was met. */
    private boolean containerSeen;

    /** Records read from the file. */
    private long records;

    /** Names of elements met where a step of the path was looked for (a few, for the message). */
    private final Set<String> elsewhere = new LinkedHashSet<>();

    Cursor(InputFiles.Found file) {
      super(file);
      this.file = file;
    }

    @Override
    public SourceRecord next() {
      if (done) {
        return null;
      }
      try {
        if (xml == null) {
          xml = openParser();
          if (xml == null) {
            done = true;
            return broken(MappingCodes.EMPTY_FILE, Map.of("origin", file.name()), 1);
          }
        }
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            SourceRecord r = startElement();
            if (r != null) {
              return r;
            }
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            open.remove(open.size() - 1);
          }
        }
        done = true;
        return recordsNotFound();
      } catch (XMLStreamException e) {
        done = true;
        return notWellFormed(e);
      }
    }

    /** The record starting here, or null if the element is not one (its content is read on). */
    private SourceRecord startElement() throws XMLStreamException {
      int depth = open.size(); // of this element: 0 is the root
      String name = xml.getLocalName();
      if (depth == 0 && rootName != null && !rootName.equals(name)) {
        done = true; // nothing of this file is on the path (its bytes are still hashed)
        return recordsNotFound("<" + name + ">");
      }
      boolean follows = onPath() && (depth == 0 || name.equals(recordPath.get(depth - 1)));
      if (depth == recordPath.size() && follows) {
        records++;
        long line = xml.getLocation().getLineNumber();
        StringBuilder raw = new StringBuilder();
        JsonNode node = element(raw, 0);
        return SourceRecord.ofDocument(entity, file.name(), line, raw.toString(), node);
      }
      if (depth > 0
          && depth <= recordPath.size()
          && !follows
          && onPath()
          && elsewhere.size() < 10) {
        elsewhere.add(name); // where the path was looked for, something else is
      }
      if (follows && depth == recordPath.size() - 1) {
        containerSeen = true;
      }
      open.add(name);
      return null;
    }

    /** Whether the open elements below the root follow the record path. */
    private boolean onPath() {
      for (int i = 1; i < open.size(); i++) {
        if (i > recordPath.size() || !open.get(i).equals(recordPath.get(i - 1))) {
          return false;
        }
      }
      return true;
    }

    /** Reads the element at the reader's START_ELEMENT to its end, writing its markup to raw. */
    private JsonNode element(StringBuilder raw, int depth) throws XMLStreamException {
      if (depth > MAX_DEPTH) {
        throw new XMLStreamException(
            "elements are nested deeper than " + MAX_DEPTH + " levels", xml.getLocation());
      }
      String tag = qualified(xml.getPrefix(), xml.getLocalName());
      raw.append('<').append(tag);
      ObjectNode fields = NODES.objectNode();
      Set<String> attributes = new HashSet<>();
      boolean nil = attributes(raw, fields, attributes);
      raw.append('>');
      StringBuilder content = new StringBuilder();
      while (true) {
        int event = xml.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> {
            String name = xml.getLocalName();
            JsonNode child = element(raw, depth + 1);
            if (attributes.remove(name)) {
              fields.set("@" + name, fields.remove(name));
            }
            add(fields, name, child);
          }
          case XMLStreamConstants.CHARACTERS,
              XMLStreamConstants.CDATA,
              XMLStreamConstants.SPACE,
              XMLStreamConstants.ENTITY_REFERENCE -> {
            content.append(xml.getText());
            raw.append(escape(xml.getText()));
          }
          case XMLStreamConstants.END_ELEMENT -> {
            raw.append("</").append(tag).append('>');
            String own = content.toString().strip();
            if (nil) {
              return NullNode.getInstance();
            }
            if (fields.isEmpty()) {
              return TextNode.valueOf(own);
            }
            if (!own.isEmpty()) {
              fields.set(TEXT_FIELD, TextNode.valueOf(own));
            }
            return fields;
          }
          default -> {
            // comments and processing instructions are not data
          }
        }
      }
    }

    /**
     * Copies the element's attributes into {@code fields} (their names into {@code names}) and its
     * markup; returns whether it is {@code xsi:nil}.
     */
    private boolean attributes(StringBuilder raw, ObjectNode fields, Set<String> names) {
      boolean nil = false;
      for (int i = 0; i < xml.getAttributeCount(); i++) {
        String value = xml.getAttributeValue(i);
        raw.append(' ')
            .append(qualified(xml.getAttributePrefix(i), xml.getAttributeLocalName(i)))
            .append("=\"")
            .append(escape(value))
            .append('"');
        if (XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(xml.getAttributeNamespace(i))) {
          // schema bookkeeping (xsi:nil, xsi:type, xsi:schemaLocation), not data
          nil |= "nil".equals(xml.getAttributeLocalName(i)) && "true".equals(value.trim());
          continue;
        }
        String name = xml.getAttributeLocalName(i);
        fields.set(name, TextNode.valueOf(value.strip()));
        names.add(name);
      }
      return nil;
    }

    /** Opens the parser; null if the file is empty (or only whitespace). */
    private XMLStreamReader openParser() throws XMLStreamException {
      text = XmlText.open(in, encoding);
      return text == null ? null : factory.createXMLStreamReader(text);
    }

    /**
     * A rejected record when the file has no record at the record path and something else is there;
     * null when there are records, or the element that would hold them is empty (an export of
     * nothing).
     */
    private SourceRecord recordsNotFound() {
      if (recordPath.isEmpty() || records > 0 || (containerSeen && elsewhere.isEmpty())) {
        return null;
      }
      return recordsNotFound(elsewhere.isEmpty() ? "-" : String.join(", ", elsewhere));
    }

    private SourceRecord recordsNotFound(String found) {
      return broken(
          MappingCodes.RECORDS_NOT_FOUND,
          Map.of("file", file.name(), "path", recordsAsWritten, "found", found),
          1);
    }

    private SourceRecord notWellFormed(XMLStreamException e) {
      Location at = e.getLocation();
      long line = at == null ? 0 : at.getLineNumber();
      long column = at == null ? 0 : at.getColumnNumber();
      if (text != null && text.failure() != null) {
        long badLine = text.line();
        return broken(
            MappingCodes.WRONG_XML_ENCODING,
            Map.of(
                "encoding", text.encoding(),
                "line", Long.toString(badLine),
                "detail", text.failure()),
            badLine);
      }
      return broken(
          MappingCodes.INVALID_XML,
          Map.of(
              "line", Long.toString(line),
              "column", Long.toString(column),
              "detail", detail(e)),
          line);
    }

    private SourceRecord broken(
        fi.polku.validation.api.IssueCode code, Map<String, String> args, long line) {
      return SourceRecord.broken(entity, file.name(), line, "", RowIssue.of(code, null, args));
    }

    @Override
    void releaseParser() {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException e) {
          // releasing a parser of a read-only file: there is nothing to recover
        }
      }
    }
  }

  /** Adds a child's value under {@code name}: the second value of a name makes a list. */
  private static void add(ObjectNode fields, String name, JsonNode value) {
    JsonNode present = fields.get(name);
    if (present == null) {
      fields.set(name, value);
    } else if (present instanceof ArrayNode list) {
      list.add(value); // only repeated elements make lists
    } else {
      ArrayNode list = NODES.arrayNode();
      list.add(present);
      list.add(value);
      fields.set(name, list);
    }
  }

  /** The parser's message without its "ParseError at [row,col]:" prefix, which is in the code. */
  private static String detail(XMLStreamException e) {
    String m = String.valueOf(e.getMessage());
    int message = m.indexOf("Message:");
    return (message >= 0 ? m.substring(message + "Message:".length()) : m).strip();
  }

  private static String qualified(String prefix, String local) {
    return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
  }

  private static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
