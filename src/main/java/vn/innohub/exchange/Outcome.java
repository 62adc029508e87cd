package vn.innohub.exchange;

/** Kết quả kết nối: what came of an accepted connection, as either party records it. */
public enum Outcome {
  NO_DEAL, NEGOTIATING, CONTRACT_SIGNED, TECHNOLOGY_TRANSFERRED
}
