package fi.polku.samples.generate;

/** A pupil's current study status; codes of the national {@code koskiopiskeluoikeudentila}. */
public enum StudyStatus {
  PRESENT("lasna"),
  TEMPORARILY_INTERRUPTED("valiaikaisestikeskeytynyt"),
  RESIGNED("eronnut");

  private final String code;

  StudyStatus(String code) {
    this.code = code;
  }

  /** The national code. */
  public String code() {
    return code;
  }
}
