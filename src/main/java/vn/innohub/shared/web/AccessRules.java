package vn.innohub.shared.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The URL rules one module adds to the security filter chains: which of its pages and API paths are open, and which
 * roles reach the rest. Each module declares one bean ({@code <module>.web.<Module>Access}); the chains in
 * {@code identity} apply the generic rules first (sign-in, static files, the {@code /admin/**} zone), then every
 * module's rules in {@link org.springframework.core.annotation.Order} order, then "signed in" for anything left.
 * Within a chain the first matching rule wins, so a module lists its specific paths before its wildcards, and no
 * module can open a path of the {@code /admin/**} zone. Object-level checks stay in the module's services.
 */
public interface AccessRules {

  /** Rules on the stateless {@code /api/**} chain. */
  default void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
  }

  /** Rules on the page chain (everything outside {@code /api/**} and {@code /actuator/**}). */
  default void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
  }
}
