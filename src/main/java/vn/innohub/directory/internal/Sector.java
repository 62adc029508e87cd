package vn.innohub.directory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Lĩnh vực: one entry of the managed list of sectors, seeded from the plans' priority fields. */
@Entity
@Table(name = "directory_sector")
public class Sector {

  @Id
  @Column(length = 40)
  private String code;

  @Column(name = "name_vi", nullable = false)
  private String nameVi;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  private int sort;

  protected Sector() {}

  Sector(String code, String nameVi, String nameEn, int sort) {
    this.code = code;
    rename(nameVi, nameEn, sort);
  }

  void rename(String nameVi, String nameEn, int sort) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
    this.sort = sort;
  }

  public String getNameVi() {
    return nameVi;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getCode() {
    return code;
  }

  public String name(java.util.Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
  }

  public int getSort() {
    return sort;
  }
}
