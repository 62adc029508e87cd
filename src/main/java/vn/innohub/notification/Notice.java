package vn.innohub.notification;

import java.util.List;
import vn.innohub.identity.AccountView;

/**
 * A message to people. {@code dedupeKey} (e.g. "due-7:report-42") makes it reach each recipient at most once however
 * often a job runs; null for messages that may repeat (a digest asked for on demand).
 */
public record Notice(List<AccountView> to, String kind, String subject, String body, String link, String dedupeKey) {

  public Notice {
    to = List.copyOf(to);
  }
}
