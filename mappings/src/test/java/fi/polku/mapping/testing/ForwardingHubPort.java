package fi.polku.mapping.testing;

import fi.polku.mapping.hub.HubPort;
import fi.polku.mapping.hub.Identifier;
import fi.polku.mapping.hub.StoredResource;
import fi.polku.mapping.hub.TransactionResult;
import fi.polku.mapping.hub.UploadOutcome;
import fi.polku.mapping.hub.WriteEntry;
import java.util.Collection;
import java.util.List;

/**
 * A hub port that passes every call to another one: tests that watch or alter one kind of call
 * (transactions, say) override only that and leave the rest to the hub they wrap.
 */
public abstract class ForwardingHubPort implements HubPort {

  private final HubPort delegate;

  /** A port forwarding to {@code delegate}. */
  protected ForwardingHubPort(HubPort delegate) {
    this.delegate = delegate;
  }

  @Override
  public Object prepare(String type, byte[] json) {
    return delegate.prepare(type, json);
  }

  @Override
  public TransactionResult transaction(List<WriteEntry> entries) {
    return delegate.transaction(entries);
  }

  @Override
  public List<StoredResource> find(String type, Collection<Identifier> identifiers) {
    return delegate.find(type, identifiers);
  }

  @Override
  public StoredResource read(String type, String id) {
    return delegate.read(type, id);
  }

  @Override
  public UploadOutcome upload(String type, String id, byte[] json) {
    return delegate.upload(type, id, json);
  }

  @Override
  public void awaitVisible() {
    delegate.awaitVisible();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
