package fi.polku.hub.search;

import fi.polku.hub.index.ParamType;
import fi.polku.hub.index.SearchParam;
import fi.polku.hub.index.SearchParamRegistry;
import fi.polku.hub.problem.Details;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.validation.api.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The result parameters of a search: {@code _sort}, {@code _count}, {@code _include}, {@code
 * _revinclude} (both with {@code :iterate}), {@code _total} and the paging {@code _cursor}.
 */
final class ControlParser {

  private static final Set<String> NAMES =
      Set.of(
          "_sort",
          "_count",
          "_include",
          "_include:iterate",
          "_revinclude",
          "_revinclude:iterate",
          "_total",
          "_cursor");
  private static final Set<ParamType> SORTABLE =
      Set.of(ParamType.STRING, ParamType.TOKEN, ParamType.DATE, ParamType.REFERENCE, ParamType.URI);

  private final SearchParamRegistry registry;
  private final int defaultCount;
  private final int maxCount;

  ControlParser(SearchParamRegistry registry, int defaultCount, int maxCount) {
    this.registry = registry;
    this.defaultCount = defaultCount;
    this.maxCount = maxCount;
  }

  Builder builder(String type) {
    return new Builder(type);
  }

  /** The parameters of {@code type} a search can sort by. */
  private List<String> sortable(String type) {
    return registry.of(type).entrySet().stream()
        .filter(e -> SORTABLE.contains(e.getValue().type()))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Collects the result parameters of one search. */
  final class Builder {
    private final String type;
    private final List<SearchQuery.SortKey> sort = new ArrayList<>();
    private final List<SearchQuery.Include> includes = new ArrayList<>();
    private final List<SearchQuery.Include> revIncludes = new ArrayList<>();
    private int count;
    private SearchQuery.Total total = SearchQuery.Total.DEFAULT;
    private String cursor;

    Builder(String type) {
      this.type = type;
      this.count = defaultCount;
    }

    boolean accepts(String name) {
      return NAMES.contains(name);
    }

    void add(String name, String value) {
      switch (name) {
        case "_sort" -> sort(value);
        case "_count" -> count = count(value);
        case "_total" -> total = total(value);
        case "_cursor" -> cursor = value;
        default -> include(name, value);
      }
    }

    SearchQuery build(List<Criterion> criteria, List<SearchQuery.Applied> applied) {
      Cursor c = cursor == null ? null : Cursor.decode(cursor, sort.size());
      return new SearchQuery(
          type,
          List.copyOf(criteria),
          List.copyOf(sort),
          count,
          List.copyOf(includes),
          List.copyOf(revIncludes),
          total,
          c,
          List.copyOf(applied));
    }

    private void sort(String value) {
      List<SearchQuery.SortKey> keys = new ArrayList<>();
      for (String s : value.split(",")) {
        boolean desc = s.startsWith("-");
        String code = desc ? s.substring(1) : s;
        SearchParam p =
            registry
                .find(type, code)
                .orElseThrow(
                    () -> HubCodes.unsupportedSearch("_sort=" + code, type, sortable(type)));
        if (!SORTABLE.contains(p.type())) {
          throw new HubException(HubCodes.UNSUPPORTED_SORT, Map.of("parameter", code));
        }
        keys.add(new SearchQuery.SortKey(p, desc));
      }
      sort.clear();
      sort.addAll(keys);
    }

    private int count(String value) {
      try {
        int n = Integer.parseInt(value.trim());
        if (n < 0) {
          throw SearchParser.invalid(
              "_count",
              new Text(
                  "ei saa olla negatiivinen", "får inte vara negativt", "must not be negative"));
        }
        return Math.min(n, maxCount);
      } catch (NumberFormatException e) {
        throw SearchParser.invalid("_count", Details.notANumber(value));
      }
    }

    private SearchQuery.Total total(String value) {
      try {
        return SearchQuery.Total.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw SearchParser.invalid(
            "_total",
            new Text(
                "arvon on oltava none, estimate tai accurate",
                "värdet ska vara none, estimate eller accurate",
                "expected none, estimate or accurate"));
      }
    }

    /** {@code Source:param[:Target]}, {@code Source:*}, or {@code *}. */
    private void include(String name, String value) {
      boolean rev = name.startsWith("_revinclude");
      boolean iterate = name.endsWith(":iterate");
      if (value.equals("*")) {
        wildcard(name, rev, iterate);
        return;
      }
      String[] parts = value.split(":");
      if (parts.length < 2 || parts.length > 3 || !registry.types().contains(parts[0])) {
        throw SearchParser.invalid(
            name,
            new Text(
                    "odotettu muoto on Type:parameter[:TargetType], annettu {value}",
                    "förväntad form är Type:parameter[:TargetType], angivet {value}",
                    "expected Type:parameter[:TargetType], was {value}")
                .format(Map.of("value", value)));
      }
      SearchParam p = null;
      if (!parts[1].equals("*")) {
        p =
            registry
                .find(parts[0], parts[1])
                .filter(x -> x.type() == ParamType.REFERENCE)
                .orElseThrow(
                    () ->
                        SearchParser.invalid(
                            name,
                            new Text(
                                    "{parameter} ei ole tyypin {type} viittaus",
                                    "{parameter} är ingen referens för {type}",
                                    "{parameter} is no reference of {type}")
                                .format(Map.of("parameter", parts[1], "type", parts[0]))));
      }
      String target = parts.length == 3 ? parts[2] : null;
      if (target != null && !registry.types().contains(target)) {
        throw SearchParser.invalid(
            name,
            new Text(
                    "tuntematon resurssityyppi {type}",
                    "okänd resurstyp {type}",
                    "unknown type {type}")
                .format(Map.of("type", target)));
      }
      if (!iterate && !(rev ? refersTo(p, parts[0], type) : parts[0].equals(type))) {
        throw SearchParser.invalid(
            name,
            new Text(
                    "{value} ei koske tyyppiä {type}",
                    "{value} gäller inte typen {type}",
                    "{value} does not apply to {type}")
                .format(Map.of("value", value, "type", type)));
      }
      SearchQuery.Include inc = new SearchQuery.Include(parts[0], p, target, iterate, value);
      (rev ? revIncludes : includes).add(inc);
    }

    /**
     * A bare {@code *}, which the CapabilityStatement advertises as {@code searchInclude} and
     * {@code searchRevInclude}: every reference of the searched type, or every type's references to
     * it.
     */
    private void wildcard(String name, boolean rev, boolean iterate) {
      if (iterate) {
        // Iterating applies to whatever the earlier includes found, of any type: say which type.
        throw SearchParser.invalid(
            name,
            new Text(
                "tarkenteen :iterate kanssa nimeä tyyppi: Type:* eikä pelkkä *",
                "med :iterate ska typen anges: Type:* i stället för *",
                "with :iterate, name the type: Type:* instead of *"));
      }
      if (!rev) {
        includes.add(new SearchQuery.Include(type, null, null, false, "*"));
        return;
      }
      for (String source : registry.types()) {
        if (refersTo(null, source, type)) {
          revIncludes.add(new SearchQuery.Include(source, null, null, false, "*"));
        }
      }
    }

    private boolean refersTo(SearchParam p, String source, String target) {
      if (p != null) {
        return p.targets().isEmpty() || p.targets().contains(target);
      }
      return registry.of(source).values().stream()
          .anyMatch(x -> x.type() == ParamType.REFERENCE && x.targets().contains(target));
    }
  }
}
