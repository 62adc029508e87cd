package vn.innohub.identity.internal;

import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import vn.innohub.shared.web.AccessRules;

/**
 * Three filter chains; the URL rules of each module's pages and API come from its {@link AccessRules} bean:
 * <ul>
 *   <li>{@code /api/**} — stateless: HTTP Basic or a personal API token on every call; session cookies are
 *   not read, which is why CSRF protection (a cookie-session defence) is off on this chain only;</li>
 *   <li>{@code /actuator/**} — health and readiness open, metrics for ADMIN over HTTP Basic;</li>
 *   <li>everything else — form login (and OIDC when configured) with CSRF, session fixation protection,
 *   a strict Content-Security-Policy and the other Spring Security headers.</li>
 * </ul>
 */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@Configuration
@EnableMethodSecurity
class SecurityConfig {

  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
      + "form-action 'self'; frame-ancestors 'none'";

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http, ObjectProvider<AccessRules> modules, ApiTokens tokens,
      AuthenticationEntryPoint problemEntryPoint,
      AccessDeniedHandler problemAccessDenied, LoginThrottle throttle, LoginThrottleFilter.ApiAnswer throttled)
      throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(a -> {
          modules.orderedStream().forEach(m -> m.api(a));
          a.anyRequest().authenticated();
        })
        .httpBasic(b -> b.authenticationEntryPoint(problemEntryPoint))
        .addFilterBefore(new ApiTokenFilter(tokens, problemEntryPoint), BasicAuthenticationFilter.class)
        .addFilterBefore(new LoginThrottleFilter(throttle, throttled), BasicAuthenticationFilter.class)
        .addFilterBefore(ApiWriteGuard.of(http), ApiTokenFilter.class) // no simple cross-site writes
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .requestCache(c -> c.disable())
        .csrf(c -> c.disable())
        .exceptionHandling(e -> e.authenticationEntryPoint(problemEntryPoint).accessDeniedHandler(problemAccessDenied));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain actuatorChain(HttpSecurity http, AuthenticationEntryPoint problemEntryPoint,
      AccessDeniedHandler problemAccessDenied, LoginThrottle throttle, LoginThrottleFilter.ApiAnswer throttled)
      throws Exception {
    http.securityMatcher("/actuator/**")
        .authorizeHttpRequests(a -> a
            .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
            .anyRequest().hasRole("ADMIN"))
        .httpBasic(b -> b.authenticationEntryPoint(problemEntryPoint))
        .addFilterBefore(new LoginThrottleFilter(throttle, throttled), BasicAuthenticationFilter.class)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .csrf(c -> c.disable())
        .exceptionHandling(e -> e.authenticationEntryPoint(problemEntryPoint).accessDeniedHandler(problemAccessDenied));
    return http.build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain webChain(HttpSecurity http, ObjectProvider<AccessRules> modules,
      ObjectProvider<ClientRegistrationRepository> oidcClients,
      UserAccountRepository users, IdentityProperties properties, PasswordEncoder encoder, Clock clock,
      LoginThrottle throttle, AccountStates states, SessionTermination termination) throws Exception {
    ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
    failures.setDefaultFailureUrl("/login?error");
    failures.setExceptionMappings(Map.of(
        LockedException.class.getName(), "/login?locked",
        DisabledException.class.getName(), "/login?disabled"));
    AuthenticationFailureHandler failed = (request, response, e) -> {
      SecurityProblems.serverFailure(e);
      failures.onAuthenticationFailure(request, response, e);
    };
    http.authorizeHttpRequests(a -> {
          a.requestMatchers("/login", "/login/throttled", "/session-ended", "/error", "/error/**", "/webjars/**",
                  "/css/**", "/js/**", "/img/**", "/favicon.ico", "/robots.txt").permitAll()
              .requestMatchers("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html",
                  "/swagger-ui/**").permitAll()
              // The administrators' zone comes before every module's rules: no module can open a path in it.
              .requestMatchers("/admin/**").hasRole("ADMIN");
          modules.orderedStream().forEach(m -> m.pages(a));
          a.anyRequest().authenticated();
        })
        .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
        .addFilterAfter(new SessionGuard(states, termination, properties.sessionAbsoluteTimeout(), clock),
            SecurityContextHolderFilter.class)
        .formLogin(f -> f.loginPage("/login").failureHandler(failed).defaultSuccessUrl("/", false).permitAll())
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/?logout").permitAll())
        .headers(h -> h
            .contentSecurityPolicy(c -> c.policyDirectives(CSP))
            .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
            .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
    if (oidcClients.getIfAvailable() != null) {
      LocalOidcUserService oidcUsers = new LocalOidcUserService(users, properties, encoder, clock);
      http.oauth2Login(o -> o.loginPage("/login").userInfoEndpoint(u -> u.oidcUserService(oidcUsers)));
    }
    return http.build();
  }
}
