package vn.innohub.exchange.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import vn.innohub.shared.web.AccessRules;

/** Who reads the technology exchange and who writes listings and connects. */
@Component
@Order(60)
class ExchangeAccess implements AccessRules {

  @Override
  public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    // Published listings are open data; import is administrators' (also @PreAuthorize).
    rules.requestMatchers("/api/v1/exchange/import").hasRole("ADMIN")
        .requestMatchers(HttpMethod.GET, "/api/v1/exchange/listings", "/api/v1/exchange/listings.csv",
            "/api/v1/exchange/listings/**").permitAll();
  }

  @Override
  public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    // Public listings; members write listings and connect (checked per object too).
    rules.requestMatchers(HttpMethod.GET, "/cong-nghe", "/cong-nghe/*").permitAll()
        .requestMatchers("/cong-nghe/**", "/me/listings", "/me/listings/**", "/me/connections/**")
        .hasAnyRole("MEMBER", "ADMIN");
  }
}
