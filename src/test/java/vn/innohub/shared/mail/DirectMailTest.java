package vn.innohub.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Direct e-mail through a real SMTP server (GreenMail): sent after commit, never when the transaction rolls back. */
class DirectMailTest {

  private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  private DirectMail mail;

  @BeforeEach
  void start() {
    smtp.start();
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(smtp.getSmtp().getPort());
    mail = new DirectMail(new StaticListableBeanFactory(Map.of("mail", sender)).getBeanProvider(JavaMailSender.class),
        "innohub@so-khcn.vn");
  }

  @AfterEach
  void stop() {
    smtp.stop();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.clearSynchronization();
    }
  }

  @Test
  void outsideATransactionItIsSentAtOnceInUtf8() throws Exception {
    assertThat(mail.sendAfterCommit("a@example.vn", "Xác nhận đăng ký: Chợ công nghệ", "Kính gửi Nguyễn Văn A")).isTrue();
    var received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("Xác nhận đăng ký: Chợ công nghệ");
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("a@example.vn");
    assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(received[0])).contains("Nguy");
  }

  @Test
  void inATransactionItWaitsForTheCommitAndARollbackSendsNothing() {
    TransactionSynchronizationManager.initSynchronization();
    mail.sendAfterCommit("b@example.vn", "Sau khi lưu", "Nội dung");
    assertThat(smtp.getReceivedMessages()).as("not before the commit").isEmpty();
    for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
      s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK);
    }
    assertThat(smtp.getReceivedMessages()).as("rolled back").isEmpty();
    for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
      s.afterCommit();
    }
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void withoutAMailServerNothingIsSentAndTheCallerIsTold() {
    DirectMail none = new DirectMail(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), "x@y.vn");
    assertThat(none.sendAfterCommit("c@example.vn", "S", "B")).isFalse();
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }
}
