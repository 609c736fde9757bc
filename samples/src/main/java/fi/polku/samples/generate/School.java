package fi.polku.samples.generate;

import java.util.HashMap;
import java.util.Map;

/** A school of the city, with the counters that name its classes. */
public final class School {

  private final int key;
  private final String name;
  private final SchoolType type;
  private final String language;
  private final String schoolNumber;
  private final String oid;
  private final Address address;
  private final Map<String, Integer> nextLetter = new HashMap<>();

  School(
      int key,
      String name,
      SchoolType type,
      String language,
      String schoolNumber,
      String oid,
      Address address) {
    this.key = key;
    this.name = name;
    this.type = type;
    this.language = language;
    this.schoolNumber = schoolNumber;
    this.oid = oid;
    this.address = address;
  }

  /** The register's key of the school ({@code koulunro}). */
  public int key() {
    return key;
  }

  /** The school's name. */
  public String name() {
    return name;
  }

  /** The kind of school. */
  public SchoolType type() {
    return type;
  }

  /** Language of instruction (code list {@code kieli}, upper case). */
  public String language() {
    return language;
  }

  /** The five-digit school number (oppilaitosnumero). */
  public String schoolNumber() {
    return schoolNumber;
  }

  /** The organisation OID (synthetic range). */
  public String oid() {
    return oid;
  }

  /** The street address. */
  public Address address() {
    return address;
  }

  /** The next free class letter (A, B, ...) for a series such as a grade or a start year. */
  String nextLetter(String series) {
    int n = nextLetter.merge(series, 1, Integer::sum) - 1;
    // A..Z, then AA, AB, ... in the unlikely case a series needs more than 26 groups.
    return n < 26 ? String.valueOf((char) ('A' + n)) : "A" + (char) ('A' + (n - 26) % 26);
  }
}
