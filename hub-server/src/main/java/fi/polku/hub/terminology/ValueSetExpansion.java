package fi.polku.hub.terminology;

import fi.polku.hub.terminology.ValueSetMembers.Member;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r5.model.BooleanType;
import org.hl7.fhir.r5.model.CanonicalType;
import org.hl7.fhir.r5.model.CodeType;
import org.hl7.fhir.r5.model.IntegerType;
import org.hl7.fhir.r5.model.StringType;
import org.hl7.fhir.r5.model.ValueSet;
import org.hl7.fhir.r5.model.ValueSet.ValueSetExpansionComponent;

/**
 * {@code ValueSet/$expand}: the value set with an expansion of its codes in the chosen language,
 * narrowed by {@code filter} (a case-insensitive part of the code or of the display) and paged by
 * {@code offset} and {@code count}. {@code total} counts every code that passes the filter.
 */
public final class ValueSetExpansion {

  /** What the client asked: filter (or null), paging (count null for all) and language. */
  public record Request(
      String filter, int offset, Integer count, String lang, boolean activeOnly) {}

  private final ValueSetMembers members;

  /** Expansions over {@code members}. */
  public ValueSetExpansion(ValueSetMembers members) {
    this.members = members;
  }

  /** The expansion of {@code vs} for {@code request}. */
  public ValueSet expand(ValueSet vs, Request request) {
    String needle =
        request.filter() == null || request.filter().isBlank()
            ? null
            : request.filter().trim().toLowerCase(Locale.ROOT);
    List<Member> matching = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    for (Member m : members.all(vs)) {
      if (request.activeOnly() && Displays.inactive(m.concept())) {
        continue;
      }
      if (needle != null && !matches(m, needle, request.lang())) {
        continue;
      }
      matching.add(m);
      used.add(m.version() == null ? m.system() : m.system() + "|" + m.version());
    }
    ValueSet out = describe(vs, request);
    ValueSetExpansionComponent e = out.getExpansion();
    e.setTotal(matching.size());
    for (String system : used) {
      e.addParameter().setName("used-codesystem").setValue(new CanonicalType(system));
    }
    int from = Math.min(request.offset(), matching.size());
    int to =
        request.count() == null
            ? matching.size()
            : (int) Math.min(matching.size(), (long) from + request.count());
    for (Member m : matching.subList(from, to)) {
      add(e, m, request.lang());
    }
    return out;
  }

  /** The expansion's value set without its codes: what it expands and the request's parameters. */
  private static ValueSet describe(ValueSet vs, Request request) {
    ValueSet out = new ValueSet();
    out.setId(vs.getIdElement().getIdPart());
    out.setUrl(vs.getUrl());
    out.setVersion(vs.getVersion());
    out.setName(vs.getName());
    out.setTitle(vs.getTitle());
    out.setStatus(vs.getStatus());
    out.setLanguage(request.lang());
    ValueSetExpansionComponent e = out.getExpansion();
    e.setIdentifier("urn:uuid:" + UUID.randomUUID());
    e.setTimestamp(new Date());
    e.setOffset(request.offset());
    e.addParameter().setName("displayLanguage").setValue(new CodeType(request.lang()));
    if (request.filter() != null && !request.filter().isBlank()) {
      e.addParameter().setName("filter").setValue(new StringType(request.filter()));
    }
    e.addParameter().setName("offset").setValue(new IntegerType(request.offset()));
    if (request.count() != null) {
      e.addParameter().setName("count").setValue(new IntegerType(request.count()));
    }
    if (request.activeOnly()) {
      e.addParameter().setName("activeOnly").setValue(new BooleanType(true));
    }
    return out;
  }

  /** Adds {@code m} to the expansion's codes, displayed in {@code lang}. */
  private static void add(ValueSetExpansionComponent e, Member m, String lang) {
    ValueSet.ValueSetExpansionContainsComponent c =
        e.addContains()
            .setSystem(m.system())
            .setCode(m.concept().getCode())
            .setDisplay(Displays.in(m.concept(), lang));
    if (m.version() != null) {
      c.setVersion(m.version());
    }
    if (Displays.inactive(m.concept())) {
      c.setInactive(true);
    }
  }

  private static boolean matches(Member m, String needle, String lang) {
    String code = m.concept().getCode();
    String display = Displays.in(m.concept(), lang);
    return code != null && code.toLowerCase(Locale.ROOT).contains(needle)
        || display != null && display.toLowerCase(Locale.ROOT).contains(needle);
  }
}
