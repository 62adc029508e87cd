package vn.innohub.plan.web;

import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import vn.innohub.shared.web.AccessRules;

/** Who edits and imports plans; reading a plan needs only a sign-in. */
@Component
@Order(30)
class PlanAccess implements AccessRules {

  @Override
  public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers("/api/v1/plans/import").hasRole("ADMIN");
  }

  @Override
  public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    // Plan editing and import: refused before any request parameter is read (also @PreAuthorize).
    rules.requestMatchers("/plans/new", "/plans/import", "/plans/import/**", "/plans/*/edit", "/plans/*/sections/**",
        "/plans/*/targets/**", "/plans/*/tasks/**", "/plans/*/budget/**").hasRole("ADMIN");
  }
}
