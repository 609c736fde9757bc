package fi.polku.samples.generate;

/** A guardian's relationship to a child; canonical codes of Polku's {@code guardianship-kind}. */
public enum GuardianKind {
  MOTHER("parent"),
  FATHER("parent"),
  APPOINTED_GUARDIAN("appointed-guardian"),
  FOSTER_CARER("foster-carer"),
  SOCIAL_WORKER("child-welfare");

  private final String code;

  GuardianKind(String code) {
    this.code = code;
  }

  /** The canonical code. */
  public String code() {
    return code;
  }
}
