package vn.innohub.plan.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.innohub.org.UnitSummary;
import vn.innohub.plan.importing.PlanVocabulary;
import vn.innohub.shared.text.DiacriticRestorer;

/**
 * Mô hình khôi phục dấu of this province: the shared vocabulary (word list, bundled texts, messages), the units'
 * names and aliases, and the targets and tasks of the plans in the database. Built on the first import that needs
 * it and kept; built again after a plan is committed (its texts join the vocabulary) or when the units change.
 */
@Component
public class DiacriticModel {

  private static final Logger log = LoggerFactory.getLogger(DiacriticModel.class);

  private final Agencies agencies;
  /** The model and the units it was built with: a change of the registry builds it again. */
  private record Built(int units, DiacriticRestorer model) {}

  private final AtomicReference<Built> model = new AtomicReference<>();

  @PersistenceContext
  private EntityManager entityManager;

  public DiacriticModel(Agencies agencies) {
    this.agencies = agencies;
  }

  /** The model, built now if it is not yet; call within a transaction (it reads the plans). */
  public DiacriticRestorer get() {
    List<UnitSummary> units = agencies.units();
    int fingerprint = units.stream().map(u -> u.name() + "|" + u.aliases()).toList().hashCode();
    Built m = model.get();
    if (m == null || m.units() != fingerprint) {
      m = new Built(fingerprint, build(units));
      model.set(m);
    }
    return m.model();
  }

  /** Forgets the model: the next import builds it again with what changed. */
  public void invalidate() {
    model.set(null);
  }

  private DiacriticRestorer build(List<UnitSummary> units) {
    long start = System.nanoTime();
    DiacriticRestorer.Builder b = PlanVocabulary.standard();
    PlanVocabulary.units(b, units);
    for (Object[] row : entityManager.createQuery(
        "select t.name, t.content, t.outputs, t.leadText, t.coordinatingText from PlanTask t", Object[].class)
        .getResultList()) {
      texts(b, row);
    }
    for (Object[] row : entityManager.createQuery(
        "select t.name, t.leadText, t.coordinatingText from PlanTarget t", Object[].class).getResultList()) {
      texts(b, row);
    }
    DiacriticRestorer m = b.build();
    log.info("Diacritic model built: {} syllables, {} bigrams, {} phrases in {} ms", m.size(), m.bigrams(),
        m.phraseCount(), (System.nanoTime() - start) / 1_000_000);
    return m;
  }

  private static void texts(DiacriticRestorer.Builder b, Object[] row) {
    for (Object text : row) {
      if (text instanceof String s) {
        b.text(s, PlanVocabulary.PLAN_WEIGHT);
      }
    }
  }
}
