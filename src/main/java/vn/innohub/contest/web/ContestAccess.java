package vn.innohub.contest.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import vn.innohub.shared.web.AccessRules;

/** Who reads contests, who applies, who judges and who votes. */
@Component
@Order(100)
class ContestAccess implements AccessRules {

  @Override
  public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    // Public contest pages and archive; members apply; judges score.
    rules.requestMatchers(HttpMethod.GET, "/cuoc-thi", "/cuoc-thi/**").permitAll()
        .requestMatchers("/me/contests", "/me/contests/**").hasAnyRole("MEMBER", "ADMIN")
        .requestMatchers("/judge", "/judge/**").hasRole("JUDGE")
        // The audience vote: members only (staff and judges do not vote); verification is checked in the service.
        .requestMatchers(HttpMethod.POST, "/cuoc-thi/*/binh-chon").hasRole("MEMBER");
  }
}
