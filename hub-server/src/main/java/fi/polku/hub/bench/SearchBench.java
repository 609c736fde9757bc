package fi.polku.hub.bench;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.hub.store.ContentEncoder;
import fi.polku.hub.store.ResourceStore;
import fi.polku.hub.store.StoreBatch;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search benchmark: loads synthetic records through the store (so every one is indexed as a
 * write would index it, but without the REST write path and its validation, which have their own
 * benchmark), reports the indexing throughput, then times ten representative searches over HTTP and
 * reports their latency percentiles.
 */
public final class SearchBench {

  private static final int TX = 1000;
  private static final Pattern NEXT =
      Pattern.compile("\"relation\"\\s*:\\s*\"next\"\\s*,\\s*\"url\"\\s*:\\s*\"([^\"]+)\"");

  private final FhirContext fhir;
  private final ResourceStore store;
  private final EntityManager em;
  private final TransactionTemplate tx;
  private final String base;
  private final PrintStream out;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /**
   * A benchmark of the hub at {@code base} with the given store.
   *
   * @param out where the figures go
   */
  public SearchBench(
      FhirContext fhir,
      ResourceStore store,
      EntityManager em,
      TransactionTemplate tx,
      String base,
      PrintStream out) {
    this.fhir = fhir;
    this.store = store;
    this.em = em;
    this.tx = tx;
    this.base = base;
    this.out = out;
  }

  /** A benchmark of the hub running in {@code ctx} and answering at {@code base}. */
  public static SearchBench of(ApplicationContext ctx, String base, PrintStream out) {
    return new SearchBench(
        ctx.getBean(FhirContext.class),
        ctx.getBean(ResourceStore.class),
        ctx.getBean(EntityManager.class),
        new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class)),
        base,
        out);
  }

  /** How many current resources the store already holds (an earlier run's load, to reuse). */
  public long existing() {
    Long n =
        tx.execute(
            s ->
                em.createQuery(
                        "select count(r) from ResourceEntity r where r.deleted = false", Long.class)
                    .getSingleResult());
    return n == null ? 0 : n;
  }

  /** How many of each kind of record a load of {@code total} resources has. */
  record Plan(int schools, int learners, int groups, int memberships) {
    static Plan of(int total) {
      int schools = Math.max(5, total / 5000);
      int groups = Math.max(1, total / 500);
      int learners = Math.max(1, (total - schools - groups) * 2 / 5);
      int memberships = Math.max(0, total - schools - groups - 2 * learners);
      return new Plan(schools, learners, groups, memberships);
    }

    int total() {
      return schools + 2 * learners + groups + memberships;
    }
  }

  /** Loads {@code total} resources; returns the resources indexed per second. */
  public double load(int total, long seed) {
    Plan plan = Plan.of(total);
    Random r = new Random(seed);
    ContentEncoder encoder = new ContentEncoder(fhir, 1_000_000);
    List<String[]> pending = new ArrayList<>(TX);
    long start = System.nanoTime();
    long[] done = {0};
    Function<String[], Void> add =
        row -> {
          pending.add(row);
          if (pending.size() >= TX) {
            flush(pending, encoder);
            done[0] += pending.size();
            pending.clear();
            if (done[0] % 50_000 == 0) {
              out.printf("  loaded %d of %d%n", done[0], plan.total());
            }
          }
          return null;
        };
    for (int i = 0; i < plan.schools(); i++) {
      add.apply(new String[] {"Organization", "bench-school-" + i, BenchData.school(i)});
    }
    for (int i = 0; i < plan.learners(); i++) {
      String learner = "bench-l-" + i;
      add.apply(new String[] {"Learner", learner, BenchData.learner(i, r)});
      add.apply(
          new String[] {
            "StudyRight",
            "bench-s-" + i,
            BenchData.studyRight(i, learner, r.nextInt(plan.schools()), r)
          });
    }
    for (int i = 0; i < plan.groups(); i++) {
      add.apply(
          new String[] {
            "TeachingGroup", "bench-g-" + i, BenchData.group(i, r.nextInt(plan.schools()))
          });
    }
    for (int i = 0; i < plan.memberships(); i++) {
      add.apply(
          new String[] {
            "GroupMembership",
            "bench-m-" + i,
            BenchData.membership(
                "bench-g-" + r.nextInt(plan.groups()), "bench-l-" + r.nextInt(plan.learners()))
          });
    }
    flush(pending, encoder);
    done[0] += pending.size();
    double seconds = (System.nanoTime() - start) / 1e9;
    double rate = done[0] / seconds;
    out.printf("index: resources=%d seconds=%.1f per-second=%.0f%n", done[0], seconds, rate);
    return rate;
  }

  private void flush(List<String[]> rows, ContentEncoder encoder) {
    if (rows.isEmpty()) {
      return;
    }
    tx.executeWithoutResult(
        s -> {
          StoreBatch batch = store.newBatch();
          Instant now = Instant.now();
          for (String[] row : rows) {
            IBaseResource resource = fhir.newJsonParser().parseResource(row[2]);
            batch.create(store.newPid(), row[0], row[1], encoder.encode(resource), now);
          }
          batch.flush();
        });
  }

  /** One kind of query: a name and a generator of concrete searches. */
  record Query(String name, Function<Random, String> url) {}

  /** The ten queries of the benchmark over a load of {@code total} resources. */
  static List<Query> queries(int total) {
    Plan p = Plan.of(total);
    String ids = BenchData.LEARNER_NUMBERS + "|";
    return List.of(
        new Query("token", r -> "StudyRight?status=eronnut&_count=20"),
        new Query(
            "token-identifier",
            r -> "Learner?identifier=" + ids + BenchData.learnerNumber(r.nextInt(p.learners()))),
        new Query(
            "string-prefix",
            r -> {
              String f = BenchData.FAMILIES[r.nextInt(BenchData.FAMILIES.length)];
              return "Learner?family=" + f.substring(0, 4) + "&_count=20";
            }),
        new Query(
            "date-range",
            r -> {
              String month = String.format("%04d-%02d", 2006 + r.nextInt(14), 1 + r.nextInt(12));
              return "Learner?birthdate=ge" + month + "-01&birthdate=le" + month + "-07&_count=20";
            }),
        new Query(
            "reference", r -> "StudyRight?learner=Learner/bench-l-" + r.nextInt(p.learners())),
        new Query(
            "chain",
            r ->
                "StudyRight?learner.identifier="
                    + ids
                    + BenchData.learnerNumber(r.nextInt(p.learners()))),
        new Query(
            "include",
            r ->
                "StudyRight?learner=Learner/bench-l-"
                    + r.nextInt(p.learners())
                    + "&_include=StudyRight:learner&_include=StudyRight:school"),
        new Query(
            "revinclude",
            r ->
                "Learner?_id=bench-l-"
                    + r.nextInt(p.learners())
                    + "&_revinclude=StudyRight:learner&_revinclude=GroupMembership:learner"),
        new Query(
            "sort",
            r ->
                "StudyRight?school=Organization/bench-school-"
                    + r.nextInt(p.schools())
                    + "&_sort=-period,_id&_count=20"),
        new Query("deep-cursor-page", r -> "Learner?_sort=birthdate,_id&_count=20"));
  }

  /**
   * Times each query {@code runs} times (after a warm-up) and prints its figures and the overall
   * line {@code search: resources=<N> p50=<ms> p95=<ms> p99=<ms>}.
   *
   * @param deepPage which page the deep-cursor query fetches
   */
  public void run(int total, int runs, int deepPage, long seed) {
    Random r = new Random(seed);
    List<Double> all = new ArrayList<>();
    Map<String, double[]> figures = new LinkedHashMap<>();
    for (Query q : queries(total)) {
      boolean deep = q.name().equals("deep-cursor-page");
      String deepUrl = deep ? pageUrl(base + "/" + q.url().apply(r), deepPage) : null;
      for (int i = 0; i < 3; i++) {
        fetch(deep ? deepUrl : base + "/" + encode(q.url().apply(r)));
      }
      double[] ms = new double[runs];
      double[] cpu = new double[runs];
      for (int i = 0; i < runs; i++) {
        String url = deep ? deepUrl : base + "/" + encode(q.url().apply(r));
        long c = processCpuNanos();
        long t = System.nanoTime();
        fetch(url);
        ms[i] = (System.nanoTime() - t) / 1e6;
        cpu[i] = (processCpuNanos() - c) / 1e6;
        all.add(ms[i]);
      }
      Arrays.sort(ms);
      Arrays.sort(cpu);
      figures.put(q.name(), ms);
      out.printf(
          "query %s: p50=%.1f p95=%.1f p99=%.1f max=%.1f cpu-p50=%.1f cpu-p95=%.1f%n",
          q.name(),
          pct(ms, 50),
          pct(ms, 95),
          pct(ms, 99),
          ms[ms.length - 1],
          pct(cpu, 50),
          pct(cpu, 95));
    }
    double[] a = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    out.printf(
        "search: resources=%d p50=%.1f p95=%.1f p99=%.1f%n",
        total, pct(a, 50), pct(a, 95), pct(a, 99));
  }

  /**
   * CPU time the whole process (hub and benchmark client) has used. A query's share of it depends
   * far less on what else runs on the machine than its latency does, so it compares runs on a busy
   * machine; it includes background work (garbage collection, compilation) that overlaps.
   */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  /** The URL of page {@code n} of the search at {@code first}, by following next links. */
  private String pageUrl(String first, int n) {
    String url = encodeUrl(first);
    for (int i = 1; i < n; i++) {
      Matcher m = NEXT.matcher(fetch(url));
      if (!m.find()) {
        throw new IllegalStateException("The search has fewer than " + n + " pages: " + first);
      }
      url = m.group(1);
    }
    return url;
  }

  private String fetch(String url) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Accept", "application/fhir+json")
            .timeout(Duration.ofSeconds(120))
            .build();
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
      }
      return r.body();
    } catch (IOException e) {
      throw new IllegalStateException("Search failed: " + url, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  private static String encodeUrl(String url) {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q + 1) + encode(url.substring(q + 1));
  }

  /** Percent-encodes the characters of a search a URI cannot hold as they are. */
  static String encode(String query) {
    StringBuilder b = new StringBuilder();
    for (char c : query.toCharArray()) {
      if (c == '|' || c > 127) {
        b.append(URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static double pct(double[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
