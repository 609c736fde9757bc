package fi.polku.samples.generate;

/**
 * The faults {@code --fault-rate} injects; each is something a mapping must reject with a clear
 * reason. The codes are what {@code faults.csv} records.
 */
public enum FaultKind {
  /** A personal identity code with a wrong check character. */
  BAD_CHECKSUM("bad-checksum"),
  /** A date that does not exist, such as 31.2.2020. */
  IMPOSSIBLE_DATE("impossible-date"),
  /** A local code the code tables do not list. */
  UNKNOWN_CODE("unknown-code"),
  /** A reference to a key no row of the referenced file or table has. */
  DANGLING_KEY("dangling-key"),
  /** A key (or a value that must be unique) already used by an earlier row. */
  DUPLICATE_KEY("duplicate-key"),
  /** An empty value in a required column. */
  MISSING_VALUE("missing-value");

  private final String code;

  FaultKind(String code) {
    this.code = code;
  }

  /** The code written to {@code faults.csv}. */
  public String code() {
    return code;
  }
}
