package vn.innohub.audit.internal;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.innohub.audit.AuditTrail;
import vn.innohub.shared.files.UploadRefused;

/**
 * Uploads refused as too complex (likely zip or PDF bombs) go into the audit chain, with who sent them; recorded in a
 * transaction of their own, since the upload's own transaction is rolled back by the refusal.
 */
@Component
class UploadRefusalRecorder {

  private final AuditTrail trail;
  private final TransactionTemplate own;

  UploadRefusalRecorder(AuditTrail trail, PlatformTransactionManager transactions) {
    this.trail = trail;
    this.own = new TransactionTemplate(transactions);
    own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @EventListener
  void refused(UploadRefused event) {
    Runnable write = () -> own.executeWithoutResult(status -> trail.record("UPLOAD_REFUSED", "Upload", event.limit(),
        null, Map.of("limit", event.limit(), "message", event.code())));
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      // after the upload's transaction ends (rolled back by the refusal): never waiting on a lock it holds
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          write.run();
        }
      });
    } else {
      write.run();
    }
  }
}
