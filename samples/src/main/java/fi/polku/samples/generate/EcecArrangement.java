package fi.polku.samples.generate;

/**
 * How the municipality arranges a child's ECEC; codes of the national {@code
 * vardajarjestamismuoto}. A municipal ECEC database holds only the arrangements the municipality
 * decides on.
 */
public enum EcecArrangement {
  MUNICIPAL("JM01"),
  PURCHASED_SERVICE("JM02"),
  SERVICE_VOUCHER("JM03");

  private final String code;

  EcecArrangement(String code) {
    this.code = code;
  }

  /** The national code. */
  public String code() {
    return code;
  }
}
