package fi.polku.mapping.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.mapping.spec.LoadedSpec;
import fi.polku.mapping.spec.SpecLoader;
import fi.polku.mapping.testing.InMemoryHub;
import fi.polku.mapping.testing.Samples;
import fi.polku.mapping.testing.SpecVariants;
import fi.polku.mapping.transform.MappingCompiler;
import fi.polku.samples.register.CsvFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export written as XML loads as the same export written as delimited files does, through a spec
 * that differs only in how records are found: Vantaa's register export, each file's rows as the
 * records of one element of a single XML document.
 */
class XmlExportLoadTest {

  private static final String CITY = "092-vantaa";

  @TempDir Path tmp;

  @Test
  void aRegisterExportWrittenAsXmlLoadsAsItsDelimitedFilesDo() throws IOException {
    Path register = Samples.city(CITY).resolve("register");
    Path export = Files.createDirectories(tmp.resolve("export"));
    writeAsXml(register, export.resolve("vienti.xml"));
    Path spec = writeXmlSpec(Files.createDirectories(tmp.resolve("spec")));

    LoadReport delimited = load(SpecLoader.builtIn("student-register"), register);
    LoadReport xml = load(SpecLoader.load(spec), export);

    assertThat(xml.totals().rejected()).isPositive(); // the sample's faults, found in XML too
    assertThat(xml.totals()).isEqualTo(delimited.totals());
    assertThat(xml.types()).isEqualTo(delimited.types());
    assertThat(xml.unreadFields())
        .extracting(LoadReport.UnreadField::entity, LoadReport.UnreadField::path)
        .containsExactlyInAnyOrderElementsOf(
            delimited.unreadFields().stream()
                .map(u -> org.assertj.core.groups.Tuple.tuple(u.entity(), u.path()))
                .toList());
  }

  @Test
  void anXmlEntityThatListsColumnsIsASpecProblemSayingHowItReadsFields() throws IOException {
    ObjectNode spec = SpecVariants.builtIn("student-register");
    spec.put("name", "register-xml-with-columns");
    ((ObjectNode) spec.get("source")).put("kind", "xml");
    Path file = SpecVariants.write(spec, Files.createDirectories(tmp.resolve("spec")));

    assertThatThrownBy(
            () -> MappingCompiler.compile(SpecLoader.load(file), Map.of("municipality", "092")))
        .hasMessageContaining("'columns' is for CSV and SQL rows")
        .hasMessageContaining("reads fields by their paths");
  }

  private LoadReport load(LoadedSpec spec, Path input) {
    Map<String, String> params =
        Map.of("municipality", "092", "provider-oid", Samples.providerOid(CITY));
    try (LoadEngine engine = new LoadEngine()) {
      return engine.run(
          LoadRequest.of(MappingCompiler.compile(spec, params), List.of(input.toString())),
          new InMemoryHub(),
          LoadSettings.defaults(
              Files.createDirectories(tmp.resolve("data-" + spec.spec().name()))));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The built-in register spec turned into one for XML: the source kind, and per entity the file
   * and the path of its records instead of its columns; every field stays as it was.
   */
  private static Path writeXmlSpec(Path folder) throws IOException {
    ObjectNode root = SpecVariants.builtIn("student-register");
    root.put("name", "student-register-xml");
    ObjectNode source = (ObjectNode) root.get("source");
    source.put("kind", "xml");
    source.remove(List.of("separator", "quote", "header", "multilineFields"));
    for (JsonNode e : root.get("entities")) {
      ObjectNode entity = (ObjectNode) e;
      String stem = entity.get("file").asText().replace(".csv", "");
      entity.put("file", "*.xml");
      entity.put("records", stem + ".tietue");
      entity.remove("columns");
    }
    return SpecVariants.write(root, folder);
  }

  /**
   * Every delimited file of {@code register} as an element of one XML document in ISO-8859-1, named
   * by the file: its rows are {@code tietue} elements, with an element per column (an empty value
   * as an empty element).
   */
  private static void writeAsXml(Path register, Path target) throws IOException {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n");
    xml.append("<vienti kunta=\"092\">\n");
    List<Path> files;
    try (Stream<Path> s = Files.list(register)) {
      files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
      List<String> header = CsvFile.parse(lines.get(0));
      String stem = file.getFileName().toString().replace(".csv", "");
      xml.append("  <").append(stem).append(">\n");
      for (String line : lines.subList(1, lines.size())) {
        List<String> values = CsvFile.parse(line);
        xml.append("    <tietue>");
        for (int i = 0; i < header.size(); i++) {
          String value = i < values.size() ? values.get(i) : "";
          String name = header.get(i);
          xml.append('<')
              .append(name)
              .append('>')
              .append(escape(value))
              .append("</")
              .append(name)
              .append('>');
        }
        xml.append("</tietue>\n");
      }
      xml.append("  </").append(stem).append(">\n");
    }
    xml.append("</vienti>\n");
    Files.writeString(target, xml, StandardCharsets.ISO_8859_1);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
