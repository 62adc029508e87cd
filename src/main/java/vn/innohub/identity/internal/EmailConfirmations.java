package vn.innohub.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.Sha256;
import vn.innohub.shared.web.Messages;

/**
 * Confirms members' e-mail addresses with single-use links valid 48 hours. The mail goes directly through
 * {@link vn.innohub.shared.mail.DirectMail} when a mail host is configured (identity must not depend on the
 * notification module).
 */
@Service
public class EmailConfirmations {

  /** How long a confirmation link works. */
  public static final Duration VALIDITY = Duration.ofHours(48);

  /** A new link for the same account no sooner than this after the last one. */
  public static final Duration RESEND_AFTER = Duration.ofMinutes(1);

  /** At most this many links for one account in 24 hours, so the form cannot be used to flood an inbox. */
  public static final int MAX_PER_DAY = 5;

  /** What opening a link did. */
  public enum Outcome {
    CONFIRMED, EXPIRED, USED, UNKNOWN;

    public boolean confirmed() {
      return this == CONFIRMED;
    }
  }

  /** A freshly issued link: the raw token exists only here and in the e-mail. */
  public record Issued(String rawToken, String link, boolean mailed) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final EmailConfirmationRepository confirmations;
  private final UserAccountRepository users;
  private final vn.innohub.shared.mail.DirectMail mail;
  private final Messages messages;
  private final Clock clock;
  private final String baseUrl;

  public EmailConfirmations(EmailConfirmationRepository confirmations, UserAccountRepository users,
      vn.innohub.shared.mail.DirectMail mail, Messages messages, Clock clock,
      @Value("${innohub.base-url:http://localhost:8080}") String baseUrl) {
    this.confirmations = confirmations;
    this.users = users;
    this.mail = mail;
    this.messages = messages;
    this.clock = clock;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /**
   * Issues a new link for the account's address and e-mails it (after commit) when mail is configured; refused (429)
   * within {@link #RESEND_AFTER} of the last link or past {@link #MAX_PER_DAY} links in 24 hours.
   */
  @Transactional
  public Issued issue(long userId) {
    UserAccount account = users.findById(userId).orElseThrow(() -> DomainException.notFound("User", userId));
    if (account.isEmailVerified()) {
      throw DomainException.conflict("identity.confirm.already");
    }
    String email = account.getEmail();
    if (email == null || email.isBlank()) {
      throw DomainException.invalid("identity.confirm.noEmail");
    }
    Instant now = clock.instant();
    java.util.List<Instant> recent = confirmations.issuedSince(userId, now.minus(Duration.ofDays(1)));
    if (!recent.isEmpty() && recent.get(0).isAfter(now.minus(RESEND_AFTER))) {
      long wait = Math.max(1, Duration.between(now, recent.get(0).plus(RESEND_AFTER)).toSeconds());
      throw new DomainException(org.springframework.http.HttpStatus.TOO_MANY_REQUESTS, "identity.confirm.tooSoon", wait);
    }
    if (recent.size() >= MAX_PER_DAY) {
      throw new DomainException(org.springframework.http.HttpStatus.TOO_MANY_REQUESTS, "identity.confirm.tooMany",
          MAX_PER_DAY);
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    confirmations.save(new EmailConfirmation(userId, Sha256.hex(raw), email, now, now.plus(VALIDITY)));
    String link = baseUrl + "/register/confirm?token=" + raw;
    boolean mailed = mail.sendAfterCommit(email, messages.get("identity.confirm.mail.subject"),
        messages.get("identity.confirm.mail.body", account.getDisplayName(), link, VALIDITY.toHours()));
    return new Issued(raw, link, mailed);
  }

  /** Opens a link: confirms the address it was sent to, once, before it expires. */
  @Transactional
  public Outcome confirm(String rawToken) {
    if (rawToken == null || rawToken.isBlank() || rawToken.length() > 100) {
      return Outcome.UNKNOWN;
    }
    EmailConfirmation c = confirmations.findByTokenHash(Sha256.hex(rawToken.strip())).orElse(null);
    if (c == null) {
      return Outcome.UNKNOWN;
    }
    if (c.used()) {
      return Outcome.USED;
    }
    Instant now = clock.instant();
    if (c.expired(now)) {
      return Outcome.EXPIRED;
    }
    c.use(now);
    UserAccount account = users.findById(c.getUserId()).orElse(null);
    // The link proves the address it was sent to; if the account's address changed since, it proves nothing.
    if (account == null || account.getEmail() == null || !account.getEmail().equalsIgnoreCase(c.getEmail())) {
      return Outcome.UNKNOWN;
    }
    account.verifyEmail(now);
    return Outcome.CONFIRMED;
  }

}
