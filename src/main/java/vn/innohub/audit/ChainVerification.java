package vn.innohub.audit;

/** Answer of a chain check: intact, or the first record whose hash or link does not match. */
public record ChainVerification(boolean intact, long recordsChecked, Long firstBrokenSeq, String reason) {

  public static ChainVerification ok(long checked) {
    return new ChainVerification(true, checked, null, null);
  }

  public static ChainVerification broken(long checked, long seq, String reason) {
    return new ChainVerification(false, checked, seq, reason);
  }
}
