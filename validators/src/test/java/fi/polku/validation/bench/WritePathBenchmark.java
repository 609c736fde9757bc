package fi.polku.validation.bench;

import static fi.polku.validation.sample.RecordTemplates.fill;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.validation.PolkuValidators;
import fi.polku.validation.api.ResourceValidator;
import fi.polku.validation.api.ResourceValidator.ValidationOptions;
import fi.polku.validation.api.ValidationReport;
import fi.polku.validation.format.SyntheticIdentityCodes;
import fi.polku.validation.sample.RecordTemplates;
import fi.polku.validation.spi.InMemoryReferenceResolver;
import fi.polku.validation.spi.ReferenceResolver;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Measures the CPU time of validation on the hub's write path (not a test; run by hand): the full
 * validator ({@link PolkuValidators#full()}) with business rules, on slices of transaction Bundles
 * as the ingest benchmark sends them (a learner, the learner's study right and two absences per
 * group, 500 entries per Bundle validated in two slices), with the Bundle's other entries pending
 * and the organisations stored, as the hub's resolver gives them. As on the hub, the JSON validated
 * has no id (the store keeps it in a column).
 *
 * <pre>
 * java -cp "validators/target/test-classes:validators/target/classes:..." \
 *   fi.polku.validation.bench.WritePathBenchmark [warm-up s] [round s] [rounds]
 * </pre>
 *
 * Prints the CPU milliseconds per 1000 resources of the validating thread for each round and their
 * median, and a digest of the reports of the first Bundles so that a change can be checked to give
 * the same verdicts.
 */
public final class WritePathBenchmark {

  private static final int BUNDLE = 500;
  private static final int SLICES = 2;
  private static final int BUNDLES = 20;
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);

  private WritePathBenchmark() {}

  /** One Bundle: its entries' JSON, and the same entries parsed, pending by {@code Type/id}. */
  private record Bundle(List<byte[]> jsons, PendingResolver resolver) {}

  public static void main(String[] args) throws Exception {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int round = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    ResourceValidator validator = PolkuValidators.full();
    FhirContext fhir = PolkuValidators.fhirContext();
    InMemoryReferenceResolver stored = new InMemoryReferenceResolver(fhir);
    stored.add(
        organization(fhir, "organization-vantaa.json", "vantaa", "org-vantaa"),
        organization(fhir, "organization-school.json", "school-1", "org-kuusikko"));
    List<Bundle> bundles = new ArrayList<>();
    for (int b = 0; b < BUNDLES; b++) {
      bundles.add(bundle(fhir, stored, b));
    }
    System.out.println("verdicts: " + digest(validator, bundles));
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    run(validator, bundles, warmup * 1_000_000_000L);
    double[] perThousand = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long cpuStart = cpu.getCurrentThreadCpuTime();
      long validated = run(validator, bundles, round * 1_000_000_000L);
      double ms = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e6;
      perThousand[r] = ms * 1000 / validated;
      System.out.printf(
          Locale.ROOT,
          "round %d: %d resources, %.1f CPU ms / 1000%n",
          r,
          validated,
          perThousand[r]);
    }
    Arrays.sort(perThousand);
    System.out.printf(
        Locale.ROOT, "median: %.1f CPU ms / 1000 resources%n", perThousand[rounds / 2]);
  }

  /** Validates Bundles round and round for {@code nanos}; returns the resources validated. */
  private static long run(ResourceValidator validator, List<Bundle> bundles, long nanos) {
    long deadline = System.nanoTime() + nanos;
    long validated = 0;
    for (int i = 0; System.nanoTime() < deadline; i = (i + 1) % bundles.size()) {
      validated += validate(validator, bundles.get(i)).size();
    }
    return validated;
  }

  /** The reports of a Bundle's entries, validated slice by slice as the hub does. */
  private static List<ValidationReport> validate(ResourceValidator validator, Bundle bundle) {
    ValidationOptions options = new ValidationOptions(AS_OF, bundle.resolver(), true);
    int size = (bundle.jsons().size() + SLICES - 1) / SLICES;
    List<ValidationReport> out = new ArrayList<>();
    for (int from = 0; from < bundle.jsons().size(); from += size) {
      List<byte[]> slice =
          bundle.jsons().subList(from, Math.min(bundle.jsons().size(), from + size));
      out.addAll(validator.validateAll(slice, options));
    }
    return out;
  }

  /** SHA-256 of every report of the Bundles, with the count of invalid resources. */
  private static String digest(ResourceValidator validator, List<Bundle> bundles)
      throws NoSuchAlgorithmException {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    int invalid = 0;
    int issues = 0;
    for (Bundle b : bundles) {
      for (ValidationReport r : validate(validator, b)) {
        sha.update(r.toString().getBytes(StandardCharsets.UTF_8));
        invalid += r.isValid() ? 0 : 1;
        issues += r.issues().size();
      }
    }
    return String.format(
        Locale.ROOT,
        "%d invalid, %d issues, sha256 %s",
        invalid,
        issues,
        HexFormat.of().formatHex(sha.digest()));
  }

  /** Bundle {@code b}: groups of a learner, a study right and two absences. */
  private static Bundle bundle(FhirContext fhir, ReferenceResolver stored, int b) {
    String learner = RecordTemplates.oneLine(RecordTemplates.LEARNER);
    String studyRight = RecordTemplates.oneLine(RecordTemplates.STUDY_RIGHT);
    String absence = RecordTemplates.oneLine(RecordTemplates.ABSENCE);
    List<byte[]> jsons = new ArrayList<>();
    Map<String, IBaseResource> pending = new LinkedHashMap<>();
    Map<IBaseResource, String> texts = new IdentityHashMap<>();
    for (int g = 0; jsons.size() < BUNDLE; g++) {
      long n = (long) b * BUNDLE + g;
      String l = "Learner/l-" + n;
      String sr = "StudyRight/sr-" + n;
      add(
          fhir,
          jsons,
          pending,
          texts,
          l,
          fill(
              learner,
              Map.of(
                  "hetu",
                  SyntheticIdentityCodes.code(n),
                  "learnerNumber",
                  String.format(Locale.ROOT, "1.2.246.562.24.%011d", n),
                  "sourceKey",
                  "bench-p-" + n,
                  "family",
                  "Virtanen")));
      add(
          fhir,
          jsons,
          pending,
          texts,
          sr,
          fill(
              studyRight,
              Map.of(
                  "studyRightOid",
                  String.format(Locale.ROOT, "1.2.246.562.15.%011d", n),
                  "sourceKey",
                  "bench-sr-" + n,
                  "learnerReference",
                  l)));
      for (int lesson = 1; lesson <= 2; lesson++) {
        add(
            fhir,
            jsons,
            pending,
            texts,
            "Absence/a-" + n + "-" + lesson,
            fill(
                absence,
                Map.of(
                    "learnerReference",
                    l,
                    "studyRightReference",
                    sr,
                    "date",
                    LocalDate.of(2023, 1, 9).plusDays(n % 120).toString(),
                    "lesson",
                    Integer.toString(lesson))));
      }
    }
    return new Bundle(jsons, new PendingResolver(stored, pending, texts));
  }

  private static void add(
      FhirContext fhir,
      List<byte[]> jsons,
      Map<String, IBaseResource> pending,
      Map<IBaseResource, String> texts,
      String reference,
      String json) {
    // As the hub: the JSON validated is HAPI's encoding as stored, without id; the resolver gives
    // the pending resource (with its id) and that JSON with the id put in after resourceType.
    IBaseResource r = fhir.newJsonParser().parseResource(json);
    String stored = fhir.newJsonParser().encodeResourceToString(r);
    String id = reference.substring(reference.indexOf('/') + 1);
    r.setId(reference);
    int typeEnd = stored.indexOf('"', "{\"resourceType\":\"".length()) + 1;
    String withId =
        stored.substring(0, typeEnd) + ",\"id\":\"" + id + "\"" + stored.substring(typeEnd);
    jsons.add(stored.getBytes(StandardCharsets.UTF_8));
    pending.put(reference, r);
    texts.put(r, withId);
  }

  /** As the hub's resolver: the Bundle's entries shadow the stored records, with their JSON. */
  private record PendingResolver(
      ReferenceResolver stored,
      Map<String, IBaseResource> pending,
      Map<IBaseResource, String> texts)
      implements ReferenceResolver {

    @Override
    public Optional<IBaseResource> resolve(String reference) {
      IBaseResource p = pending.get(reference);
      return p != null ? Optional.of(p) : stored.resolve(reference);
    }

    @Override
    public List<IBaseResource> referencing(String resourceType, String path, String reference) {
      // As the hub's reference index: only stored records are found.
      return stored.referencing(resourceType, path, reference);
    }

    @Override
    public Optional<String> json(IBaseResource record) {
      return Optional.ofNullable(texts.get(record));
    }
  }

  private static IBaseResource organization(
      FhirContext fhir, String file, String id, String newId) {
    String json =
        RecordTemplates.text("rules/records/" + file)
            .replace("\"id\": \"" + id + "\"", "\"id\": \"" + newId + "\"")
            .replace("Organization/vantaa", "Organization/org-vantaa");
    return fhir.newJsonParser().parseResource(json);
  }
}
