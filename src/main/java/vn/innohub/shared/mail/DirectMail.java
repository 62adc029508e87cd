package vn.innohub.shared.mail;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A plain-text e-mail to an address that need not belong to an account (an event registrant, an address being
 * confirmed), sent through {@link JavaMailSender} when a mail host is configured, once the current transaction has
 * committed (at once without one). A failure is logged and never undoes what was saved. Mail to accounts goes
 * through the notification module's outbox instead.
 */
@Component
public class DirectMail {

  private static final Logger log = LoggerFactory.getLogger(DirectMail.class);
  private final ObjectProvider<JavaMailSender> mail;
  private final String from;

  public DirectMail(ObjectProvider<JavaMailSender> mail, @Value("${innohub.mail.from:innohub@localhost}") String from) {
    this.mail = mail;
    this.from = from;
  }

  /** False when no mail host is configured (nothing is sent). */
  public boolean sendAfterCommit(String to, String subject, String body) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      return false;
    }
    Runnable send = () -> send(sender, to, subject, body);
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
    return true;
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
      log.warn("E-mail to {} failed: {}", to, e.getMessage());
    }
  }
}
