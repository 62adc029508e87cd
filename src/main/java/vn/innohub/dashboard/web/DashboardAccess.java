package vn.innohub.dashboard.web;

import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import vn.innohub.shared.web.AccessRules;

/** Who sees the dashboard and who exports official reports from it. */
@Component
@Order(50)
class DashboardAccess implements AccessRules {

  @Override
  public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers("/api/v1/exports").hasAnyRole("ADMIN", "LEADER")
        .requestMatchers("/api/v1/dashboard").hasAnyRole("ADMIN", "LEADER", "UNIT_OFFICER");
  }

  @Override
  public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers("/dashboard/export").hasAnyRole("ADMIN", "LEADER")
        .requestMatchers("/dashboard", "/dashboard/**").hasAnyRole("ADMIN", "LEADER", "UNIT_OFFICER");
  }
}
