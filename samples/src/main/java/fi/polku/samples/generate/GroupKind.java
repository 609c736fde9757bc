package fi.polku.samples.generate;

/** The kind of a school group; canonical codes of Polku's {@code group-kind}. */
public enum GroupKind {
  CLASS("class"),
  PRE_PRIMARY_GROUP("pre-primary-group"),
  HOMEROOM_GROUP("homeroom-group");

  private final String code;

  GroupKind(String code) {
    this.code = code;
  }

  /** The canonical code. */
  public String code() {
    return code;
  }
}
