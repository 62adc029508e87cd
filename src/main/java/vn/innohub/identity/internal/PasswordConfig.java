package vn.innohub.identity.internal;

import java.util.Map;
import java.util.concurrent.Semaphore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed with Argon2id (Spring Security's recommended parameters: 16 MiB, 2 iterations), which takes
 * passphrases of any length — bcrypt reads only 72 bytes, 24 Vietnamese letters with accents. Hashes written before
 * ({@code {bcrypt}…}) still verify and are rewritten as Argon2id at the next successful login. Hashing runs at most
 * two-per-core at once, so a burst of logins queues instead of allocating 16 MiB per request.
 */
@Configuration
class PasswordConfig {

  @Bean
  PasswordEncoder passwordEncoder() {
    DelegatingPasswordEncoder delegating = new DelegatingPasswordEncoder("argon2", Map.of(
        "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
        "bcrypt", new LenientBcrypt()));
    return new Bounded(delegating, 2 * Runtime.getRuntime().availableProcessors());
  }

  /** bcrypt for old hashes: a password longer than bcrypt's 72 bytes simply does not match instead of throwing. */
  static final class LenientBcrypt implements PasswordEncoder {
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

    @Override
    public String encode(CharSequence raw) {
      return bcrypt.encode(raw);
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
      try {
        return bcrypt.matches(raw, encoded);
      } catch (IllegalArgumentException tooLong) {
        return false;
      }
    }
  }

  /** Limits how many hashes are computed at once. */
  static final class Bounded implements PasswordEncoder {
    private final PasswordEncoder delegate;
    private final Semaphore permits;

    Bounded(PasswordEncoder delegate, int concurrent) {
      this.delegate = delegate;
      this.permits = new Semaphore(Math.max(2, concurrent), true);
    }

    @Override
    public String encode(CharSequence raw) {
      permits.acquireUninterruptibly();
      try {
        return delegate.encode(raw);
      } finally {
        permits.release();
      }
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
      permits.acquireUninterruptibly();
      try {
        return delegate.matches(raw, encoded);
      } finally {
        permits.release();
      }
    }

    @Override
    public boolean upgradeEncoding(String encoded) {
      return delegate.upgradeEncoding(encoded);
    }
  }
}
