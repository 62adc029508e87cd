package vn.innohub.reporting.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import vn.innohub.shared.web.AccessRules;

/** Who opens periods, reviews reports and writes them; which unit's report is checked per object. */
@Component
@Order(40)
class ReportingAccess implements AccessRules {

  @Override
  public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers(HttpMethod.POST, "/api/v1/reports/*/return", "/api/v1/reports/*/approve",
            "/api/v1/reports/*/reopen", "/api/v1/plans/*/periods/**", "/api/v1/periods/**").hasRole("ADMIN")
        .requestMatchers("/api/v1/periods/**", "/api/v1/reporting/**").hasAnyRole("ADMIN", "LEADER")
        .requestMatchers("/api/v1/reports", "/api/v1/reports/**").hasAnyRole("ADMIN", "LEADER", "UNIT_OFFICER");
  }

  @Override
  public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    // Overseers see periods and delays; units see their own reports (checked per object too).
    rules.requestMatchers("/reporting/periods/**", "/reporting/delays", "/reporting/delays/**")
            .hasAnyRole("ADMIN", "LEADER")
        .requestMatchers("/reporting", "/reports/**", "/evidence/**").hasAnyRole("ADMIN", "LEADER", "UNIT_OFFICER");
  }
}
