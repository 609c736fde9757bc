package fi.polku.model.compiler.ir;

import java.util.List;

/**
 * A value set composed of whole code systems, for elements whose codes come from several code lists
 * (e.g. a study module identified by a subject, a grade level or a course code).
 *
 * @param id short id; the URL is {@code <canonicalBase>/ValueSet/<id>}
 * @param url canonical URL
 * @param title name in fi/sv/en
 * @param description description in fi/sv/en
 * @param includeSystems canonical URLs of the code systems included in full
 * @param source where it was declared
 */
public record ValueSetDef(
    String id,
    String url,
    LocalizedText title,
    LocalizedText description,
    List<String> includeSystems,
    SourceLocation source) {

  public ValueSetDef {
    includeSystems = List.copyOf(includeSystems);
  }
}
