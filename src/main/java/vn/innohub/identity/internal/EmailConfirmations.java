package vn.innohub.identity.internal;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.web.Messages;

/**
 * Confirms members' e-mail addresses with single-use links valid 48 hours. The mail goes directly through
 * {@link JavaMailSender} when a mail host is configured (identity must not depend on the notification module).
 */
@Service
public class EmailConfirmations {

  /** How long a confirmation link works. */
  public static final Duration VALIDITY = Duration.ofHours(48);

  /** What opening a link did. */
  public enum Outcome { CONFIRMED, EXPIRED, USED, UNKNOWN }

  /** A freshly issued link: the raw token exists only here and in the e-mail. */
  public record Issued(String rawToken, String link, boolean mailed) {}

  private static final Logger log = LoggerFactory.getLogger(EmailConfirmations.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final EmailConfirmationRepository confirmations;
  private final UserAccountRepository users;
  private final ObjectProvider<JavaMailSender> mail;
  private final Messages messages;
  private final Clock clock;
  private final String from;
  private final String baseUrl;

  public EmailConfirmations(EmailConfirmationRepository confirmations, UserAccountRepository users,
      ObjectProvider<JavaMailSender> mail, Messages messages, Clock clock,
      @Value("${innohub.mail.from:innohub@localhost}") String from,
      @Value("${innohub.base-url:http://localhost:8080}") String baseUrl) {
    this.confirmations = confirmations;
    this.users = users;
    this.mail = mail;
    this.messages = messages;
    this.clock = clock;
    this.from = from;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** Issues a new link for the account's address and e-mails it (after commit) when mail is configured. */
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
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant now = clock.instant();
    confirmations.save(new EmailConfirmation(userId, hash(raw), email, now, now.plus(VALIDITY)));
    String link = baseUrl + "/register/confirm?token=" + raw;
    JavaMailSender sender = mail.getIfAvailable();
    if (sender != null) {
      String subject = messages.get("identity.confirm.mail.subject");
      String body = messages.get("identity.confirm.mail.body", account.getDisplayName(), link, VALIDITY.toHours());
      Runnable send = () -> send(sender, email, subject, body);
      if (TransactionSynchronizationManager.isSynchronizationActive()) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            send.run();
          }
        });
      } else {
        send.run();
      }
    }
    return new Issued(raw, link, sender != null);
  }

  /** Opens a link: confirms the address it was sent to, once, before it expires. */
  @Transactional
  public Outcome confirm(String rawToken) {
    if (rawToken == null || rawToken.isBlank() || rawToken.length() > 100) {
      return Outcome.UNKNOWN;
    }
    EmailConfirmation c = confirmations.findByTokenHash(hash(rawToken.strip())).orElse(null);
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

  private void send(JavaMailSender sender, String to, String subject, String body) {
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(to);
      helper.setSubject(subject);
      helper.setText(body, false);
      sender.send(message);
    } catch (Exception e) {
      // The member can ask for a new link from their page; the failure must not undo the registration.
      log.warn("Confirmation e-mail to {} failed: {}", to, e.getMessage());
    }
  }

  static String hash(String raw) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
