package vn.innohub.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;

/** Single sign-on switched on by configuration only: a provincial OpenID Connect provider named "sso". */
@SpringBootTest(properties = {
    "spring.security.oauth2.client.registration.sso.client-id=innohub",
    "spring.security.oauth2.client.registration.sso.client-secret=secret",
    "spring.security.oauth2.client.registration.sso.client-name=SSO tỉnh",
    "spring.security.oauth2.client.registration.sso.scope=openid,profile,email",
    "spring.security.oauth2.client.registration.sso.authorization-grant-type=authorization_code",
    "spring.security.oauth2.client.registration.sso.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
    "spring.security.oauth2.client.provider.sso.authorization-uri=https://sso.example.test/auth",
    "spring.security.oauth2.client.provider.sso.token-uri=https://sso.example.test/token",
    "spring.security.oauth2.client.provider.sso.jwk-set-uri=https://sso.example.test/certs",
    "spring.security.oauth2.client.provider.sso.user-name-attribute=preferred_username"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OidcLoginTests {

  @Autowired MockMvc mvc;
  @Autowired ClientRegistrationRepository registrations;
  @Autowired UserAccountRepository users;
  @Autowired Accounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired Clock clock;

  private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

  @Test
  void theLoginPageOffersTheProviderAndSendsTheBrowserToIt() throws Exception {
    mvc.perform(get("/login")).andExpect(content().string(containsString("Đăng nhập bằng SSO tỉnh")));
    mvc.perform(get("/oauth2/authorization/sso"))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", startsWith("https://sso.example.test/auth?")))
        .andExpect(header().string("Location", containsString("client_id=innohub")));
  }

  private OidcUserRequest request(String username, String email) {
    return request(username, email, false);
  }

  private OidcUserRequest request(String username, String email, boolean emailVerified) {
    Map<String, Object> claims = new java.util.HashMap<>(Map.of("sub", "sub-" + username, "preferred_username",
        username, "email", email, "name", "Nguyễn Văn A", "iss", "https://sso.example.test", "aud", "innohub"));
    if (emailVerified) {
      claims.put("email_verified", true);
    }
    OidcIdToken idToken = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300), claims);
    OAuth2AccessToken access = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", Instant.now(),
        Instant.now().plusSeconds(300), Set.of("openid"));
    return new OidcUserRequest(registrations.findByRegistrationId("sso"), access, idToken);
  }

  private LocalOidcUserService service(boolean createMembers) {
    return new LocalOidcUserService(users, new IdentityProperties(null, null, null, null, null, null, null, null, null, createMembers, null, null), encoder, clock);
  }

  @Test
  void anSsoUserIsBoundToTheLocalAccountAndKeepsItsRolesAndUnits() {
    accounts.create(new NewAccount("sso.leader." + run, "Leader", null, "local-password-1", Set.of(Role.LEADER), Set.of()));

    OidcUser user = service(true).loadUser(request("sso.leader." + run, "leader@example.test"));

    assertThat(user.getName()).isEqualTo("sso.leader." + run);
    assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_LEADER");
  }

  @Test
  void aFirstTimeSsoUserBecomesAMemberOrIsRefusedWhenThatIsSwitchedOff() {
    OidcUser user = service(true).loadUser(request("sso.new." + run, "new." + run + "@example.test"));
    assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_MEMBER");
    assertThat(accounts.findByUsername("sso.new." + run)).hasValueSatisfying(a -> assertThat(a.displayName()).isEqualTo("Nguyễn Văn A"));

    assertThatThrownBy(() -> service(false).loadUser(request("sso.stranger." + run, "s." + run + "@example.test")))
        .isInstanceOf(OAuth2AuthenticationException.class);
  }

  @Test
  void anSsoAccountCountsAsVerifiedOnlyWhenTheProviderSaysTheEmailIsVerified() {
    service(true).loadUser(request("sso.checked." + run, "checked." + run + "@example.test", true));
    service(true).loadUser(request("sso.unchecked." + run, "unchecked." + run + "@example.test", false));
    assertThat(accounts.findByUsername("sso.checked." + run).orElseThrow().emailVerified()).isTrue();
    assertThat(accounts.findByUsername("sso.unchecked." + run).orElseThrow().emailVerified()).isFalse();

    // An existing unverified member becomes verified at a later SSO login with the same, verified address.
    service(true).loadUser(request("sso.unchecked." + run, "unchecked." + run + "@example.test", true));
    assertThat(accounts.findByUsername("sso.unchecked." + run).orElseThrow().emailVerified()).isTrue();
  }
}
