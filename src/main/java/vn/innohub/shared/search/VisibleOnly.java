package vn.innohub.shared.search;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Keeps unpublished items out of the search index altogether (rather than indexing them and filtering every query):
 * a query without a filter clause is one Lucene can skip through by score, and drafts cannot leak into results.
 * Use with {@code @Indexed(routingBinder = @RoutingBinderRef(type = VisibleOnly.class,
 * params = @Param(name = "property", value = "published")))}, naming the property visibility depends on, on an
 * entity that implements {@link SearchVisible}.
 */
public class VisibleOnly implements RoutingBinder {

  @Override
  public void bind(RoutingBindingContext context) {
    context.dependencies().use(context.param("property", String.class));
    context.bridge(SearchVisible.class, new Bridge());
  }

  static final class Bridge implements RoutingBridge<SearchVisible> {

    @Override
    public void route(DocumentRoutes routes, Object entityIdentifier, SearchVisible entity,
        RoutingBridgeRouteContext context) {
      if (entity.isVisible()) {
        routes.addRoute();
      } else {
        routes.notIndexed();
      }
    }

    @Override
    public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, SearchVisible entity,
        RoutingBridgeRouteContext context) {
      // Whatever it was before, a document may exist under the default route: delete it if the item is now hidden.
      routes.addRoute();
    }
  }
}
