package vn.innohub.portal.library;

/** Loại văn bản: the kind of a library document (labels in messages, {@code library.type.*}). */
public enum DocumentType {
  /** Văn bản quy phạm pháp luật. */
  LEGAL_DOCUMENT,
  /** Kế hoạch. */
  PLAN,
  /** Quyết định. */
  DECISION,
  /** Hướng dẫn. */
  GUIDANCE,
  /** Biểu mẫu. */
  FORM,
  /** Thủ tục. */
  PROCEDURE,
  /** Tiêu chí hỗ trợ. */
  SUPPORT_CRITERIA,
  /** Kết quả, thông báo. */
  RESULT_ANNOUNCEMENT
}
