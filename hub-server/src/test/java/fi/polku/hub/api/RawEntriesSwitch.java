package fi.polku.hub.api;

/** Lets tests outside this package make a hub encode every resource through HAPI. */
public final class RawEntriesSwitch {

  private RawEntriesSwitch() {}

  /** Whether responses encode every resource through HAPI (true) or send stored JSON (false). */
  public static void hapiOnly(boolean on) {
    RawEntries.disabled = on;
  }
}
