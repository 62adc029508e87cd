package vn.innohub.directory.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import vn.innohub.shared.web.AccessRules;

/** Who reads the ecosystem directory and who keeps profiles in it. */
@Component
@Order(70)
class DirectoryAccess implements AccessRules {

  @Override
  public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    // Open data: the published profiles and statistics.
    rules.requestMatchers(HttpMethod.GET, "/api/v1/directory", "/api/v1/directory/**").permitAll();
  }

  @Override
  public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers(HttpMethod.GET, "/danh-ba", "/danh-ba/**").permitAll()
        .requestMatchers("/me/profiles", "/me/profiles/**").hasAnyRole("MEMBER", "ADMIN");
  }
}
