package vn.innohub.shared.persistence;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A "one per person" row (an application per contest, a vote, an open request) created at most once even when the
 * same person's requests arrive together (a double-click, two tabs). The database's unique key decides; the request
 * that loses the race reads the row the winner stored and answers with it, as if it had been the only request.
 *
 * <p>Each attempt runs in its own transaction, because on PostgreSQL a transaction that hit a unique violation can
 * read nothing more. So the caller must not already be inside a transaction that should include the insert.
 */
@Component
public class OncePerKey {

  private static final int ATTEMPTS = 3;

  private final TransactionTemplate own;

  OncePerKey(PlatformTransactionManager transactions) {
    this.own = new TransactionTemplate(transactions);
    this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * The existing row if {@code find} finds one, else the row {@code create} stores (which must flush, so that the
   * unique key is checked inside the attempt). When {@code create} loses to a concurrent insert of the same key, the
   * winner's row is read and returned. A violation of another constraint (nothing found afterwards, three times) is
   * thrown to the caller.
   */
  public <T> Outcome<T> findOrCreate(Supplier<Optional<T>> find, Supplier<T> create) {
    RuntimeException lost = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<T> existing = own.execute(status -> find.get());
      if (existing.isPresent()) {
        return new Outcome<>(existing.get(), false);
      }
      try {
        return new Outcome<>(own.execute(status -> create.get()), true);
      } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
        // Another request of the same person stored the row between our read and our insert: read it next round.
        lost = e;
      }
    }
    throw lost;
  }

  /** The row and whether this call created it (false: it was there already, e.g. the first of a double-click). */
  public record Outcome<T>(T value, boolean created) {}
}
