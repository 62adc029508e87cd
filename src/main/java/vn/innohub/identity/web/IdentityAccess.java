package vn.innohub.identity.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import vn.innohub.shared.web.AccessRules;

/** Who reaches registration and the account API; sign-in itself belongs to the generic chains. */
@Component
@Order(20)
class IdentityAccess implements AccessRules {

  @Override
  public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers("/api/v1/users/**").hasRole("ADMIN");
  }

  @Override
  public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers("/register").permitAll()
        // The e-mail confirmation link works signed out, on any device.
        .requestMatchers(HttpMethod.GET, "/register/confirm").permitAll();
  }
}
