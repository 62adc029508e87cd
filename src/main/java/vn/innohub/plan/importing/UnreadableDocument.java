package vn.innohub.plan.importing;

/** A document that cannot be read as a plan at all; the message code says what was wrong and what to do. */
public class UnreadableDocument extends RuntimeException {

  private final String code;

  public UnreadableDocument(String code) {
    super(code);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
