package fi.polku.samples.generate;

/** The kinds of ECEC unit. */
public enum UnitType {
  /** Päiväkoti. */
  DAYCARE_CENTRE,
  /** Ryhmäperhepäiväkoti: a small group home with a few carers. */
  GROUP_FAMILY_DAYCARE,
  /** Perhepäivähoito: one carer at home, up to four children. */
  FAMILY_DAYCARE
}
