package vn.innohub.dashboard;

/** Đèn tín hiệu: where a target stands against the straight path from its baseline to its value by its year. */
public enum Light { ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA, QUALITATIVE }
