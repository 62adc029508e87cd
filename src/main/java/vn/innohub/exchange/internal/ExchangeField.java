package vn.innohub.exchange.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Lĩnh vực: one entry of the exchange's managed field classification (province priority fields and their
 * sub-fields), with its code in the national classification of S&T fields (QĐ 12/2008/QĐ-BKHCN).
 */
@Entity
@Table(name = "exchange_field")
public class ExchangeField {

  @Id
  @Column(length = 40)
  private String code;

  @Column(name = "parent_code", length = 40)
  private String parentCode;

  @Column(name = "name_vi", nullable = false)
  private String nameVi;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "national_code", length = 10)
  private String nationalCode;

  private int sort;

  protected ExchangeField() {}

  public String getCode() {
    return code;
  }

  public String getParentCode() {
    return parentCode;
  }

  /** The top-level field: itself for a top-level one. */
  public String root() {
    return parentCode == null ? code : parentCode;
  }

  public String name(java.util.Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
  }

  public String getNameVi() {
    return nameVi;
  }

  public String getNationalCode() {
    return nationalCode;
  }

  public int getSort() {
    return sort;
  }
}
