package vn.innohub.org;

/** Loại đơn vị: the kinds of units a provincial plan names. */
public enum UnitType {
  /** UBND tỉnh. */
  PEOPLES_COMMITTEE,
  /** Sở, and bodies of department rank (Văn phòng UBND, Thanh tra tỉnh, Ban quản lý khu kinh tế). */
  DEPARTMENT,
  /** Mặt trận Tổ quốc and the socio-political organisations: Tỉnh đoàn, Hội Nông dân, Hội LHPN, Hội CCB. */
  SOCIO_POLITICAL,
  /** Associations: Liên minh HTX, Hiệp hội Doanh nghiệp, Hội Doanh nhân trẻ, Liên hiệp các hội KH&KT. */
  ASSOCIATION,
  /** Central agencies' provincial branches: Công an tỉnh, Thuế tỉnh, Ngân hàng Nhà nước khu vực. */
  CENTRAL_BRANCH,
  /** Universities and their branches. */
  UNIVERSITY,
  /** Colleges and vocational schools. */
  COLLEGE,
  /** Provincial newspaper, radio and television. */
  MEDIA,
  /** Telecommunication companies. */
  TELECOM,
  /**
   * Cơ quan, doanh nghiệp ngoài bộ máy của tỉnh: central ministries and agencies (Bộ KH&CN), corporations and
   * enterprises a plan may name as partners. Named in plans, but no report obligation unless switched on per unit.
   */
  EXTERNAL,
  /** Public service units and other organisations. */
  OTHER,
  /** Xã. */
  COMMUNE,
  /** Phường. */
  WARD;

  public boolean isLocal() {
    return this == COMMUNE || this == WARD;
  }

  /**
   * Bodies outside the province's administration (external agencies and telecom enterprises): a plan may name them,
   * but they get no report and no ranking unless ADMIN switches reporting on for the unit.
   */
  public boolean outsideProvince() {
    return this == EXTERNAL || this == TELECOM;
  }
}
