package fi.polku.mapping.hub;

/**
 * The hub could not be reached or answered with a server error: not a problem of the data, so the
 * run stops (after retries) instead of rejecting rows.
 */
public final class HubUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public HubUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
