package fi.polku.hub.index;

import fi.polku.hub.store.ResourceEntity;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Tombstones are not searchable: a row that became a tombstone leaves the index (its history still
 * shows the delete), and one that is written again comes back.
 */
public final class DeletedNotIndexed implements RoutingBinder {

  @Override
  public void bind(RoutingBindingContext context) {
    context.dependencies().use("deleted");
    context.bridge(ResourceEntity.class, new Bridge());
  }

  private static final class Bridge implements RoutingBridge<ResourceEntity> {
    @Override
    public void route(
        DocumentRoutes routes,
        Object id,
        ResourceEntity entity,
        RoutingBridgeRouteContext context) {
      if (entity.deleted()) {
        routes.notIndexed();
      } else {
        routes.addRoute();
      }
    }

    @Override
    public void previousRoutes(
        DocumentRoutes routes,
        Object id,
        ResourceEntity entity,
        RoutingBridgeRouteContext context) {
      // Any earlier version may have been indexed: remove it, whatever this version is.
      routes.addRoute();
    }
  }
}
