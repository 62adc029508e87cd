package vn.innohub.exchange;

/** Phương thức chuyển giao: how an offer may be transferred. */
public enum TransferMode {
  LICENCE, SALE, JOINT_VENTURE, SERVICE_CONTRACT, CO_DEVELOPMENT
}
