package fi.polku.model.compiler.codelist;

import fi.polku.model.compiler.codelist.KoodistoFiles.Code;
import fi.polku.model.compiler.codelist.KoodistoFiles.Relation;
import fi.polku.model.compiler.codelist.KoodistoFiles.RelationKind;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Derives the properties the model needs from the relations of the municipality list ({@code
 * kunta}): the region (maakunta) of each municipality and, for municipalities that have been merged
 * into another, the municipality they became part of.
 *
 * <h2>Which side of a merger is the merged one</h2>
 *
 * The code service links a merged municipality and the municipality it became part of with a {@code
 * levelsWithCodeElements} relation, and stores it on both codes (001 Ahlainen lists 609 Pori, and
 * Pori lists Ahlainen). The snapshot carries no end dates on codes, and the {@code passive} markers
 * on these relations are no guide either: each link has exactly one passive copy, held by the
 * successor in some pairs (Pori for Ahlainen) and by the merged municipality in others (Noormarkku
 * for Pori). So the direction is derived from evidence of when each municipality existed, compared
 * in this order; the first that differs decides:
 *
 * <ol>
 *   <li><b>End date.</b> A code with {@code voimassaLoppuPvm} has ended; one without has not. (Not
 *       used by this snapshot, but the live code service sets it, and then it is decisive.)
 *   <li><b>Era.</b> Which administrative divisions the municipality is related to: the regional
 *       state administrative agencies ({@code aluehallintovirasto}) and ELY centres ({@code
 *       elykeskus}), both established on 1 January 2010, show the municipality existed in 2010 or
 *       later; the provinces of 1997-2009 ({@code laani}) that it existed then; the provinces of
 *       1960-1997 ({@code laani97}) that it existed then. The later era is the successor: Ahlainen
 *       (laani97 only) merged into Pori (aluehallintovirasto); Aitolahti (no relations at all) into
 *       Tampere.
 *   <li><b>Municipality links.</b> Within the same era, the side linked to more municipalities is
 *       the successor: the municipality that absorbed several others is the hub of their links
 *       (Suodenniemi merged into Vammala, which is linked to Suodenniemi and to Sastamala; Lavia
 *       into Pori). A merged municipality is linked to more than one only when it was split
 *       (Längelmäki into Jämsä and Orivesi), and then its successors belong to a later era.
 *   <li><b>Education providers.</b> Still tied, the side with more education providers ({@code
 *       koulutustoimija}) is the successor: the municipality runs its own schools, so the providers
 *       of the area are attached to the municipality that still exists (Töysä merged into Alavus,
 *       Nastola into Lahti, Vähäkyrö into Vaasa). School numbers are not used: schools keep their
 *       numbers and municipality when the municipality merges, so they point either way.
 * </ol>
 *
 * When all four are equal, nothing is derived for the pair: neither side gets a successor. In this
 * snapshot that leaves four pairs open (Hollola-Hämeenkoski, Säkylä-Köyliö, Lieto-Tarvasjoki and
 * Muolaa-Kyyrölä), where a guess would risk marking a current municipality as merged.
 */
final class MunicipalityRelations {

  /** The koodisto id of the municipality list. */
  static final String KOODISTO = "kunta";

  private static final List<Set<String>> ERAS =
      List.of(Set.of("laani97"), Set.of("laani"), Set.of("aluehallintovirasto", "elykeskus"));

  private MunicipalityRelations() {}

  /**
   * The evidence compared for the two sides of a link; the greater side is the successor.
   *
   * @param current 1 if the code has no end date
   * @param era 0 (no evidence), 1 (laani97), 2 (laani), 3 (aluehallintovirasto or elykeskus)
   * @param links number of municipalities linked to it
   * @param providers number of education providers related to it
   */
  record Evidence(int current, int era, int links, int providers) implements Comparable<Evidence> {

    private static final Comparator<Evidence> ORDER =
        Comparator.comparingInt(Evidence::current)
            .thenComparingInt(Evidence::era)
            .thenComparingInt(Evidence::links)
            .thenComparingInt(Evidence::providers);

    @Override
    public int compareTo(Evidence other) {
      return ORDER.compare(this, other);
    }
  }

  /** The regions (maakunta codes) of each municipality code, from active includes relations. */
  static Map<String, List<String>> regions(List<Code> codes) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Code code : codes) {
      Set<String> regions = new TreeSet<>(CodeOrder.CODES);
      for (Relation r : code.active(RelationKind.INCLUDES)) {
        if ("maakunta".equals(r.koodisto())) {
          regions.add(r.suffix());
        }
      }
      if (!regions.isEmpty()) {
        out.put(code.value(), List.copyOf(regions));
      }
    }
    return out;
  }

  /**
   * The successors of each merged municipality, by code value, sorted. A municipality that was
   * split has several. Municipalities without a derived successor are absent.
   */
  static Map<String, List<String>> successors(List<Code> codes) {
    Map<String, Code> byUri = new HashMap<>();
    codes.forEach(c -> byUri.put(c.uri(), c));
    Map<String, Set<String>> links = links(codes, byUri);
    Map<String, Set<String>> successors = new TreeMap<>(CodeOrder.CODES);
    for (Map.Entry<String, Set<String>> entry : links.entrySet()) {
      Code a = byUri.get(entry.getKey());
      for (String otherUri : entry.getValue()) {
        Code b = byUri.get(otherUri);
        int cmp = evidence(a, links).compareTo(evidence(b, links));
        if (cmp < 0) {
          successors.computeIfAbsent(a.value(), k -> new TreeSet<>(CodeOrder.CODES)).add(b.value());
        }
      }
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    successors.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return out;
  }

  /** The evidence for one municipality. */
  static Evidence evidence(Code code, Map<String, Set<String>> links) {
    int era = 0;
    for (Relation r : code.active(RelationKind.INCLUDES)) {
      era = Math.max(era, eraOf(r.koodisto()));
    }
    int providers = 0;
    for (Relation r : code.active(RelationKind.WITHIN)) {
      era = Math.max(era, eraOf(r.koodisto()));
      if ("koulutustoimija".equals(r.koodisto())) {
        providers++;
      }
    }
    return new Evidence(
        code.validTo() == null ? 1 : 0,
        era,
        links.getOrDefault(code.uri(), Set.of()).size(),
        providers);
  }

  private static int eraOf(String koodisto) {
    for (int i = 0; i < ERAS.size(); i++) {
      if (ERAS.get(i).contains(koodisto)) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The links between municipalities, by koodiUri, made symmetric: a link recorded on either side
   * counts for both. Links to codes outside the snapshot are ignored.
   */
  static Map<String, Set<String>> links(List<Code> codes, Map<String, Code> byUri) {
    Map<String, Set<String>> links = new TreeMap<>();
    for (Code code : codes) {
      for (Relation r : code.active(RelationKind.LEVELS_WITH)) {
        if (KOODISTO.equals(r.koodisto())
            && byUri.containsKey(r.uri())
            && !r.uri().equals(code.uri())) {
          links.computeIfAbsent(code.uri(), k -> new TreeSet<>()).add(r.uri());
          links.computeIfAbsent(r.uri(), k -> new TreeSet<>()).add(code.uri());
        }
      }
    }
    return links;
  }
}
