package vn.innohub.portal.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import vn.innohub.shared.web.AccessRules;

/** The public portal is open to everyone: home page, news, events, the policy library, feeds and pictures. */
@Component
@Order(80)
class PortalAccess implements AccessRules {

  @Override
  public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers(HttpMethod.GET, "/api/v1/news", "/api/v1/news/**", "/api/v1/events", "/api/v1/events/**",
        "/api/v1/documents", "/api/v1/documents/**").permitAll();
  }

  @Override
  public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules.requestMatchers("/").permitAll()
        .requestMatchers(HttpMethod.GET, "/tin-tuc", "/tin-tuc/**", "/su-kien", "/su-kien/**", "/van-ban", "/van-ban/**",
            "/sitemap*.xml", "/rss.xml", "/lich-su-kien.ics", "/media/**").permitAll()
        // Registering for an event and the opt-in link's confirm button work signed out.
        .requestMatchers(HttpMethod.POST, "/su-kien/*/dang-ky", "/su-kien/*/xac-nhan").permitAll();
  }
}
