package vn.innohub.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password authentication (form and HTTP Basic). The account's lock and enabled flag are checked only <em>after</em> the
 * password matched: before that, a locked, a disabled, an existing and an unknown account all answer "wrong username or
 * password" after the same password hashing, so neither the answer nor its timing tells an attacker which names exist.
 * A stored bcrypt hash is rewritten as Argon2id after a successful login.
 */
@Configuration(proxyBeanMethods = false)
class AuthenticationConfig {

  @Bean
  DaoAuthenticationProvider passwordAuthentication(AccountService accounts, PasswordEncoder encoder) {
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
    provider.setPasswordEncoder(encoder);
    provider.setUserDetailsPasswordService(accounts);
    provider.setPreAuthenticationChecks(user -> { });
    provider.setPostAuthenticationChecks(user -> {
      if (!user.isAccountNonLocked()) {
        throw new LockedException("locked");
      }
      if (!user.isEnabled()) {
        throw new DisabledException("disabled");
      }
    });
    return provider;
  }
}
