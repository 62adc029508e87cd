package vn.innohub.notification.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.innohub.notification.Notifier;

/** Sends the e-mail outbox every half minute, on one instance at a time. */
@Component
class MailOutboxJob {

  private final Notifier notifier;

  MailOutboxJob(Notifier notifier) {
    this.notifier = notifier;
  }

  @Scheduled(fixedDelayString = "${innohub.mail.outbox-interval:PT30S}", initialDelayString = "PT20S")
  @SchedulerLock(name = "mail-outbox", lockAtMostFor = "PT5M")
  void run() {
    notifier.flushMail();
  }
}
