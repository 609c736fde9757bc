package fi.polku.samples.generate;

/**
 * Why a pupil was absent, with the canonical code of Polku's {@code absence-reason} (none for an
 * absence the guardian has not yet explained) and whether the absence counts as justified.
 */
public enum AbsenceReason {
  ILLNESS("illness", true),
  MEDICAL_APPOINTMENT("medical-appointment", true),
  LEAVE_GRANTED("leave-granted", true),
  SCHOOL_BUSINESS("school-business", true),
  OTHER("other", true),
  UNJUSTIFIED("unjustified", false),
  /** Not yet explained by a guardian: not justified, and no reason is known. */
  UNEXPLAINED(null, false);

  private final String code;
  private final boolean justified;

  AbsenceReason(String code, boolean justified) {
    this.code = code;
    this.justified = justified;
  }

  /** The canonical reason code, or {@code null} for {@link #UNEXPLAINED}. */
  public String code() {
    return code;
  }

  /** True if the absence is justified. */
  public boolean justified() {
    return justified;
  }
}
