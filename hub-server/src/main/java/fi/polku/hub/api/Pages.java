package fi.polku.hub.api;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.ResourceMetadataKeyEnum;
import ca.uhn.fhir.model.valueset.BundleEntryTransactionMethodEnum;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import fi.polku.hub.store.ResourceDecoder;
import fi.polku.hub.store.ResourceReader;
import fi.polku.hub.store.SearchCriteria;
import fi.polku.hub.store.StoredVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r5.model.InstantType;
import org.hl7.fhir.r5.model.Resource;

/**
 * Paged results (history and basic search) as HAPI bundle providers. HAPI's paging provider keeps
 * them between pages and writes the {@code next}/{@code previous} links; each page is one query.
 */
public final class Pages {

  private final FhirContext fhir;
  private final ResourceReader reader;
  private final int defaultCount;
  private final int maxCount;
  private final int maxHistory;

  /**
   * Pages with these limits.
   *
   * @param defaultCount page size without {@code _count}
   * @param maxCount largest search page
   * @param maxHistory largest history page
   */
  public Pages(
      FhirContext fhir, ResourceReader reader, int defaultCount, int maxCount, int maxHistory) {
    this.fhir = fhir;
    this.reader = reader;
    this.defaultCount = defaultCount;
    this.maxCount = maxCount;
    this.maxHistory = maxHistory;
  }

  /**
   * History of a resource ({@code id} given), a type, or the server ({@code type} null). HAPI pages
   * histories by offset: it asks again with {@code _offset} and takes the page from the start of
   * what this returns.
   */
  IBundleProvider history(
      String type, String id, InstantType since, Integer count, Integer offset) {
    int skip = offset == null ? 0 : Math.max(0, offset);
    Instant from = since == null || since.getValue() == null ? null : since.getValue().toInstant();
    // Fix the upper end so later writes do not shift the pages of this history.
    Instant until = Instant.now();
    int pageSize = Math.min(count == null ? defaultCount : Math.max(1, count), maxHistory);
    long total = reader.historyCount(type, id, from, until);
    return new Provider((int) Math.min(total, Integer.MAX_VALUE), pageSize) {
      @Override
      public List<IBaseResource> getResources(int fromIndex, int toIndex) {
        List<IBaseResource> out = new ArrayList<>();
        for (StoredVersion v :
            reader.history(type, id, from, until, skip + fromIndex, toIndex - fromIndex)) {
          out.add(historyEntry(v));
        }
        return out;
      }
    };
  }

  /** Basic search results. */
  IBundleProvider search(String type, SearchCriteria criteria, Integer count) {
    int pageSize = Math.min(count == null ? defaultCount : Math.max(1, count), maxCount);
    long total = reader.count(type, criteria);
    return new Provider((int) Math.min(total, Integer.MAX_VALUE), pageSize) {
      @Override
      public List<IBaseResource> getResources(int fromIndex, int toIndex) {
        List<IBaseResource> out = reader.search(type, criteria, fromIndex, toIndex - fromIndex);
        for (IBaseResource r : out) {
          ResourceMetadataKeyEnum.ENTRY_SEARCH_MODE.put(
              (Resource) r, ca.uhn.fhir.model.valueset.BundleEntrySearchModeEnum.MATCH);
        }
        return out;
      }
    };
  }

  private IBaseResource historyEntry(StoredVersion v) {
    Resource r;
    BundleEntryTransactionMethodEnum method;
    if (v.deleted()) {
      r = (Resource) fhir.getResourceDefinition(v.type()).newInstance();
      ResourceDecoder.stamp(r, v.type(), v.id(), v.version(), Date.from(v.lastUpdated()));
      method = BundleEntryTransactionMethodEnum.DELETE;
    } else {
      r = (Resource) reader.decode(v);
      method =
          v.version() == 1
              ? BundleEntryTransactionMethodEnum.POST
              : BundleEntryTransactionMethodEnum.PUT;
    }
    ResourceMetadataKeyEnum.ENTRY_TRANSACTION_METHOD.put(r, method);
    return r;
  }

  /** A result of known size; pages are fetched on demand. */
  private abstract static class Provider implements IBundleProvider {
    private final int size;
    private final int pageSize;
    private final InstantType published = InstantType.now();

    Provider(int size, int pageSize) {
      this.size = size;
      this.pageSize = pageSize;
    }

    @Override
    public IPrimitiveType<Date> getPublished() {
      return published;
    }

    @Override
    public String getUuid() {
      return null;
    }

    @Override
    public Integer preferredPageSize() {
      return pageSize;
    }

    @Override
    public Integer size() {
      return size;
    }
  }
}
