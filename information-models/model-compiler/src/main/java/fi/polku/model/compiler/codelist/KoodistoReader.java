package fi.polku.model.compiler.codelist;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.model.compiler.codelist.KoodistoFiles.Code;
import fi.polku.model.compiler.codelist.KoodistoFiles.Header;
import fi.polku.model.compiler.codelist.KoodistoFiles.RelationKind;
import fi.polku.model.compiler.ir.CodeList;
import fi.polku.model.compiler.ir.CodeList.Concept;
import fi.polku.model.compiler.ir.CodeList.PropertyDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads snapshots of the Finnish national code service (koodisto) into {@link CodeList}s.
 *
 * <p>A snapshot directory holds {@code koodistot/<id>.json} (the header of a list: its URI,
 * version, validity, names and descriptions) and {@code koodit/<id>.json} (a JSON array of its
 * codes). Every list becomes one {@code CodeList} with:
 *
 * <ul>
 *   <li>{@code id} = the koodistoUri, {@code codeSystemUrl} = the header's resourceUri (the code
 *       service URI, e.g. {@code
 *       https://virkailija.opintopolku.fi/koodisto-service/rest/codes/kunta}), {@code valueSetUrl}
 *       = {@code https://polku.fi/fhir/ValueSet/<id>}, {@code version} = the header's {@code
 *       versio}, validity from {@code voimassaAlkuPvm}/{@code voimassaLoppuPvm};
 *   <li>titles, descriptions and code names in fi/sv/en exactly as the data gives them: a missing
 *       or blank translation stays {@code null}, nothing is filled in from another language;
 *   <li>codes sorted by value (numerically where all-digit), each with the code's {@code versio}
 *       and, where the data has them, its own validity dates;
 *   <li>the code service's relations as properties {@value ConceptProperties#INCLUDES}, {@value
 *       ConceptProperties#WITHIN} and {@value ConceptProperties#LEVELS_WITH}, each value being the
 *       related element's koodiUri ({@code <koodisto>_<code>}, e.g. {@code maakunta_04}). The
 *       koodiUri is kept rather than the related code because the two differ (koodiUri {@code
 *       oppilaitostyyppi_01} has the value {@code 67}) and most related lists are not in the
 *       snapshot. Relations the code service marks {@code passive} are left out: they are relations
 *       that have ended (mostly to superseded versions of an element that the code still relates to
 *       in its current version), and a property value cannot say "no longer".
 * </ul>
 *
 * <p>The municipality list ({@code kunta}) also gets the derived properties {@value
 * ConceptProperties#REGION} (its maakunta code), {@value ConceptProperties#SUCCESSOR} (for a merged
 * municipality, the code of the municipality it became part of) and the FHIR standard {@value
 * ConceptProperties#INACTIVE} = true on merged municipalities. How the merged side of a merger is
 * told from the successor is described in {@link MunicipalityRelations}.
 *
 * <p>The snapshots are build configuration: a missing file, broken JSON or a code without a value
 * throws {@link CodeListReadException} naming the file.
 */
public final class KoodistoReader {

  /** Base of the generated value set URLs. */
  public static final String VALUE_SET_BASE = "https://polku.fi/fhir/ValueSet/";

  /** Licence and licensor of the koodisto data, for attribution. */
  public static final String LICENCE = "EUPL-1.1, Opetushallitus";

  private static final String HEADERS = "koodistot";
  private static final String CODES = "koodit";

  private final ObjectMapper mapper = new ObjectMapper();

  /** Creates a reader. */
  public KoodistoReader() {}

  /**
   * Reads every code list of a snapshot directory, sorted by id.
   *
   * @param directory the directory that contains {@code koodistot/} and {@code koodit/}
   * @return one code list per header file
   * @throws CodeListReadException when a directory or file is missing or malformed
   */
  public List<CodeList> read(Path directory) {
    Path headerDir = directory.resolve(HEADERS);
    Path codeDir = directory.resolve(CODES);
    Set<String> headerIds = jsonIds(headerDir);
    Set<String> codeIds = jsonIds(codeDir);
    for (String id : codeIds) {
      if (!headerIds.contains(id)) {
        throw new CodeListReadException(
            headerDir.resolve(id + ".json"), "file is missing: codes without a list header");
      }
    }
    if (headerIds.isEmpty()) {
      throw new CodeListReadException(headerDir, "no code list headers (*.json) found");
    }
    List<CodeList> lists = new ArrayList<>();
    for (String id : headerIds) {
      lists.add(readList(headerDir.resolve(id + ".json"), codeDir.resolve(id + ".json")));
    }
    return List.copyOf(lists);
  }

  /**
   * Reads one code list from its header and code files.
   *
   * @param headerFile the list header, {@code koodistot/<id>.json}
   * @param codeFile the codes, {@code koodit/<id>.json}
   * @return the code list
   * @throws CodeListReadException when a file is missing or malformed
   */
  public CodeList readList(Path headerFile, Path codeFile) {
    Header header = KoodistoFiles.readHeader(mapper, headerFile);
    String expectedId = baseName(headerFile);
    if (!header.koodistoUri().equals(expectedId)) {
      throw new CodeListReadException(
          headerFile,
          "koodistoUri '" + header.koodistoUri() + "' does not match the file name " + expectedId);
    }
    List<Code> codes = KoodistoFiles.readCodes(mapper, codeFile);
    checkUnique(codes, codeFile);
    Map<String, Map<String, List<String>>> derived = derivedProperties(header, codes);
    List<Concept> concepts =
        codes.stream()
            .sorted((a, b) -> CodeOrder.CODES.compare(a.value(), b.value()))
            .map(c -> concept(c, derived.getOrDefault(c.value(), Map.of())))
            .toList();
    return new CodeList(
        header.koodistoUri(),
        header.resourceUri(),
        VALUE_SET_BASE + header.koodistoUri(),
        header.version(),
        header.title(),
        header.description(),
        header.validFrom(),
        header.validTo(),
        propertyDefs(header, codes),
        concepts,
        "complete",
        origin(header, headerFile, codeFile));
  }

  private static Concept concept(Code code, Map<String, List<String>> derived) {
    Map<String, List<String>> properties = new LinkedHashMap<>();
    for (RelationKind kind : RelationKind.values()) {
      Set<String> values = new TreeSet<>();
      code.active(kind).forEach(r -> values.add(r.uri()));
      if (!values.isEmpty()) {
        properties.put(kind.propertyCode, List.copyOf(values));
      }
    }
    properties.putAll(derived);
    return new Concept(
        code.value(), code.name(), code.version(), code.validFrom(), code.validTo(), properties);
  }

  /** Properties derived for particular lists; only the municipality list has any. */
  private static Map<String, Map<String, List<String>>> derivedProperties(
      Header header, List<Code> codes) {
    if (!MunicipalityRelations.KOODISTO.equals(header.koodistoUri())) {
      return Map.of();
    }
    Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
    MunicipalityRelations.regions(codes)
        .forEach(
            (code, regions) ->
                out.computeIfAbsent(code, k -> new LinkedHashMap<>())
                    .put(ConceptProperties.REGION, regions));
    MunicipalityRelations.successors(codes)
        .forEach(
            (code, successors) -> {
              Map<String, List<String>> props =
                  out.computeIfAbsent(code, k -> new LinkedHashMap<>());
              props.put(ConceptProperties.SUCCESSOR, successors);
              props.put(ConceptProperties.INACTIVE, List.of("true"));
            });
    return out;
  }

  /** Declares the properties the codes of this list use, in a fixed order. */
  private static List<PropertyDef> propertyDefs(Header header, List<Code> codes) {
    List<PropertyDef> defs = new ArrayList<>();
    for (RelationKind kind : RelationKind.values()) {
      Set<String> related = new TreeSet<>();
      codes.forEach(c -> c.active(kind).forEach(r -> related.add(r.koodisto())));
      if (!related.isEmpty()) {
        defs.add(
            ConceptProperties.polku(
                kind.propertyCode, ConceptProperties.TYPE_STRING, relationText(kind, related)));
      }
    }
    if (MunicipalityRelations.KOODISTO.equals(header.koodistoUri())) {
      defs.add(
          ConceptProperties.polku(
              ConceptProperties.REGION,
              ConceptProperties.TYPE_STRING,
              "Code of the region (maakunta, code list"
                  + " https://virkailija.opintopolku.fi/koodisto-service/rest/codes/maakunta) the"
                  + " municipality belongs to, from its includes relation to maakunta."));
      defs.add(
          ConceptProperties.polku(
              ConceptProperties.SUCCESSOR,
              ConceptProperties.TYPE_CODE,
              "For a merged municipality, the code of the municipality it became part of (several"
                  + " if it was split). Derived by the Polku model compiler from the levelsWith"
                  + " links between municipalities."));
      defs.add(
          ConceptProperties.inactive(
              "True for a municipality that has been merged into another (see successor)."));
    }
    if (codes.stream().anyMatch(c -> c.validFrom() != null)) {
      defs.add(ConceptProperties.validFrom());
    }
    if (codes.stream().anyMatch(c -> c.validTo() != null)) {
      defs.add(ConceptProperties.validTo());
    }
    return defs;
  }

  private static String relationText(RelationKind kind, Set<String> related) {
    String what =
        switch (kind) {
          case INCLUDES -> "A code element this code includes (code service relation 'sisältää',";
          case WITHIN -> "A code element this code is within (code service relation 'sisältyy',";
          case LEVELS_WITH ->
              "A code element on the same level as this code (code service"
                  + " relation 'rinnastuu',";
        };
    return what
        + " "
        + kind.codeField
        + "), given as the related element's koodiUri: the related code list's id, an"
        + " underscore and the element's name in it, e.g. maakunta_04. Relations the code service"
        + " marks passive are left out. Related code lists: "
        + String.join(", ", related)
        + ".";
  }

  /** Names the snapshot files and the licence, for documentation and attribution. */
  private static String origin(Header header, Path headerFile, Path codeFile) {
    String updated = header.updated() == null ? "" : ", updated " + header.updated();
    return "Koodisto snapshot of code list '"
        + header.koodistoUri()
        + "' version "
        + header.version()
        + updated
        + " ("
        + relative(headerFile)
        + ", "
        + relative(codeFile)
        + "), Finnish national code service (koodisto); licence "
        + LICENCE;
  }

  private static String relative(Path file) {
    Path parent = file.getParent();
    String dir = parent == null || parent.getFileName() == null ? "" : parent.getFileName() + "/";
    return dir + file.getFileName();
  }

  private static void checkUnique(List<Code> codes, Path codeFile) {
    Set<String> seen = new HashSet<>();
    for (Code code : codes) {
      if (!seen.add(code.value())) {
        throw new CodeListReadException(codeFile, "code " + code.value() + " appears twice");
      }
    }
  }

  private static Set<String> jsonIds(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new CodeListReadException(dir, "directory is missing");
    }
    try (Stream<Path> files = Files.list(dir)) {
      Set<String> ids = new TreeSet<>();
      files
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .forEach(p -> ids.add(baseName(p)));
      return ids;
    } catch (IOException e) {
      throw new CodeListReadException(dir, "directory cannot be listed", e);
    }
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
  }
}
