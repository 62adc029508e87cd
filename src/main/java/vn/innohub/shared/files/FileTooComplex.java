package vn.innohub.shared.files;

import org.springframework.http.HttpStatus;
import vn.innohub.shared.DomainException;

/**
 * An upload refused because reading it would cost more than it weighs (a ZIP or PDF bomb, or simply too big a
 * document): "Tệp quá phức tạp để đọc: …", naming the limit it crossed. Nothing is saved from such a file.
 */
public class FileTooComplex extends DomainException {

  /** The limit crossed; each has its message {@code upload.tooComplex.<key>} with the limit as argument. */
  public enum Limit {
    ENTRIES("entries"), DECLARED_SIZE("declaredSize"), INFLATED_SIZE("inflatedSize"), RATIO("ratio"),
    TIME("time"), BUSY("busy"), STRUCTURE("structure"), TEXT("text"), ELEMENTS("elements");

    private final String key;

    Limit(String key) {
      this.key = key;
    }
  }

  private final Limit limit;
  private transient boolean reported;

  public FileTooComplex(Limit limit, Object... args) {
    super(HttpStatus.BAD_REQUEST, "upload.tooComplex." + limit.key, args);
    this.limit = limit;
  }

  public Limit limit() {
    return limit;
  }

  /** Publishes this refusal once as {@link UploadRefused}, for the audit trail; returns it for throwing. */
  FileTooComplex reported() {
    if (!reported && !ParseBudget.onWorker()) {
      reported = true;
      UploadGuards.publish(new UploadRefused(limit.name(), code()));
    }
    return this;
  }

  static long megabytes(long bytes) {
    return Math.max(1, bytes >> 20);
  }
}
