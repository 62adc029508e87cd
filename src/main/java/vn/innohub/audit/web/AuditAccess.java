package vn.innohub.audit.web;

import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import vn.innohub.shared.web.AccessRules;

/** Who reaches the audit trail over the API; its pages lie in the administrators' zone. */
@Component
@Order(10)
class AuditAccess implements AccessRules {

  @Override
  public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    // Read and verified by administrators only; refused before the request is read (also @PreAuthorize).
    rules.requestMatchers("/api/v1/audit/**").hasRole("ADMIN");
  }
}
