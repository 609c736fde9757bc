package fi.polku.validation.rdf;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Labels of the blank nodes projections make: unique in the JVM, so that nodes of different records
 * never merge in one graph. Jena's own fresh labels are random UUIDs, and drawing them from {@code
 * SecureRandom} was a tenth of the cost of projecting a record.
 */
final class BlankLabels {

  private static final AtomicLong NEXT = new AtomicLong();

  private BlankLabels() {}

  /** A label no other call returns. */
  static String next() {
    return "p" + Long.toString(NEXT.incrementAndGet(), 36);
  }
}
