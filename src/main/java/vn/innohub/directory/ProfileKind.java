package vn.innohub.directory;

/** The kinds of actors in the ecosystem directory. */
public enum ProfileKind {
  /** Doanh nghiệp khởi nghiệp sáng tạo / doanh nghiệp đổi mới sáng tạo. */
  STARTUP,
  /** Tổ chức hỗ trợ: innovation centre, incubator, accelerator, co-working space, lab, club, TTO. */
  SUPPORT_ORG,
  /** Quỹ và nhà đầu tư. */
  FUND,
  /** Chuyên gia, cố vấn (mentor). */
  EXPERT;

  public boolean startup() {
    return this == STARTUP;
  }

  public boolean supportOrg() {
    return this == SUPPORT_ORG;
  }

  public boolean fund() {
    return this == FUND;
  }

  public boolean expert() {
    return this == EXPERT;
  }

  public String slugPrefix() {
    return switch (this) {
      case STARTUP -> "khoi-nghiep";
      case SUPPORT_ORG -> "to-chuc-ho-tro";
      case FUND -> "nha-dau-tu";
      case EXPERT -> "chuyen-gia";
    };
  }
}
