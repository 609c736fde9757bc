package fi.polku.mapping.transform;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import fi.polku.mapping.spec.Loc;
import fi.polku.mapping.spec.SpecException;
import fi.polku.mapping.spec.SpecFiles;
import fi.polku.mapping.transform.spi.CodeTranslator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r5.model.ConceptMap;
import org.hl7.fhir.r5.model.ConceptMap.ConceptMapGroupComponent;
import org.hl7.fhir.r5.model.ConceptMap.SourceElementComponent;
import org.hl7.fhir.r5.model.ConceptMap.TargetElementComponent;

/**
 * A {@link CodeTranslator} over FHIR R5 ConceptMap resources held in memory: each map becomes a
 * hash table from source code to its targets, so translating is one lookup. The ConceptMaps are
 * parsed with HAPI when the spec is loaded, so a malformed map fails the spec, not a row.
 */
public final class ConceptMapTranslator implements CodeTranslator {

  private final Map<String, Map<String, Translation>> maps = new HashMap<>();
  private final List<ConceptMapFile> files;

  private ConceptMapTranslator(List<ConceptMapFile> files) {
    this.files = List.copyOf(files);
    for (ConceptMapFile f : files) {
      Map<String, Translation> table = table(f.map());
      for (String ref : references(f.map())) {
        maps.put(ref, table);
      }
    }
  }

  /**
   * A ConceptMap file of a spec.
   *
   * @param name file name relative to the spec
   * @param json the file's bytes (uploaded to the hub as they are)
   * @param map the parsed ConceptMap
   */
  public record ConceptMapFile(String name, byte[] json, ConceptMap map) {}

  /** Loads the named ConceptMap files next to a spec. */
  public static ConceptMapTranslator load(FhirContext fhir, SpecFiles files, List<String> names) {
    List<ConceptMapFile> out = new ArrayList<>();
    List<SpecException.SpecProblem> problems = new ArrayList<>();
    for (String name : names) {
      try {
        byte[] json = files.read(name);
        ConceptMap map =
            fhir.newJsonParser()
                .parseResource(ConceptMap.class, new String(json, StandardCharsets.UTF_8));
        out.add(new ConceptMapFile(name, json, map));
      } catch (DataFormatException | ClassCastException e) {
        problems.add(
            new SpecException.SpecProblem(
                Loc.of(files.describe(name), ""), "not a FHIR R5 ConceptMap: " + e.getMessage()));
      } catch (RuntimeException e) {
        problems.add(
            new SpecException.SpecProblem(
                Loc.of(files.describe(name), ""), "cannot be read: " + e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new SpecException(problems);
    }
    return new ConceptMapTranslator(out);
  }

  /** The loaded files (the loader uploads them to the hub). */
  public List<ConceptMapFile> files() {
    return files;
  }

  @Override
  public Translation translate(String conceptMap, String code) {
    Map<String, Translation> table = maps.get(conceptMap);
    if (table == null) {
      throw new IllegalStateException("ConceptMap " + conceptMap + " was not loaded");
    }
    Translation t = table.get(code);
    return t == null ? new Unknown() : t;
  }

  @Override
  public boolean knows(String conceptMap) {
    return maps.containsKey(conceptMap);
  }

  private static List<String> references(ConceptMap map) {
    List<String> refs = new ArrayList<>();
    if (map.hasIdElement() && map.getIdElement().getIdPart() != null) {
      refs.add(map.getIdElement().getIdPart());
    }
    if (map.hasName()) {
      refs.add(map.getName());
    }
    if (map.hasUrl()) {
      refs.add(map.getUrl());
    }
    return refs;
  }

  private static Map<String, Translation> table(ConceptMap map) {
    Map<String, Translation> table = new HashMap<>();
    for (ConceptMapGroupComponent group : map.getGroup()) {
      for (SourceElementComponent element : group.getElement()) {
        if (element.getNoMap() || element.getTarget().isEmpty()) {
          table.putIfAbsent(element.getCode(), new Unmapped());
          continue;
        }
        List<Target> targets = new ArrayList<>();
        for (TargetElementComponent t : element.getTarget()) {
          Map<String, Object> properties = new LinkedHashMap<>();
          for (var p : t.getProperty()) {
            properties.put(
                p.getCode(), p.getValue() == null ? null : p.getValue().primitiveValue());
          }
          targets.add(new Target(group.getTarget(), t.getCode(), t.getDisplay(), properties));
        }
        table.put(element.getCode(), new Mapped(List.copyOf(targets)));
      }
    }
    return table;
  }
}
