package fi.polku.mapping.hub;

/** What a write did. */
public enum EntryStatus {
  /** A new resource. */
  CREATED,
  /** A new version of an existing resource. */
  UPDATED,
  /** The content equalled the current version: nothing written. */
  UNCHANGED,
  /** Not written (the transaction failed). */
  FAILED
}
