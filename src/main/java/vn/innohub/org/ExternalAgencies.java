package vn.innohub.org;

import java.util.Optional;
import vn.innohub.shared.text.VietnameseText;

/**
 * Recognises names of bodies outside the province's administration as plans write them, for units created without a
 * clear type: ministries and central government ("Bộ Khoa học và Công nghệ", "Bộ KH&CN", "Văn phòng Chính phủ",
 * "Tập đoàn …") are {@link UnitType#EXTERNAL}; telecom enterprises ("Doanh nghiệp viễn thông", "Viettel …",
 * "VNPT …", "MobiFone …") are {@link UnitType#TELECOM}; the State Bank's branch ("Ngân hàng Nhà nước chi nhánh …")
 * is a {@link UnitType#CENTRAL_BRANCH}, which reports like the province's own units. The provincial military
 * commands ("Bộ Chỉ huy Quân sự tỉnh") are not ministries.
 */
public final class ExternalAgencies {

  private ExternalAgencies() {}

  /** The type an obvious name calls for; empty when the name says nothing clear. */
  public static Optional<UnitType> typeOf(String name) {
    String f = " " + VietnameseText.fold(name == null ? "" : name).replaceAll("[^a-z0-9]+", " ").strip() + " ";
    if (f.isBlank()) {
      return Optional.empty();
    }
    if (f.contains(" vien thong ") && (f.contains(" doanh nghiep ") || f.contains(" tap doan ")
        || f.contains(" tong cong ty ") || f.contains(" cong ty ")) || f.contains(" viettel ") || f.contains(" vnpt ")
        || f.contains(" mobifone ")) {
      return Optional.of(UnitType.TELECOM);
    }
    if (f.startsWith(" ngan hang nha nuoc ") && (f.contains(" chi nhanh ") || f.contains(" khu vuc "))) {
      return Optional.of(UnitType.CENTRAL_BRANCH);
    }
    if (f.startsWith(" bo ") && !f.startsWith(" bo chi huy ") && !f.startsWith(" bo doi ")
        || f.startsWith(" chinh phu ") || f.startsWith(" van phong chinh phu ") || f.startsWith(" thu tuong ")
        || f.startsWith(" tap doan ") || f.startsWith(" ngan hang nha nuoc viet nam ")) {
      return Optional.of(UnitType.EXTERNAL);
    }
    return Optional.empty();
  }

  /** The given type, or the obvious one when none was given or only the catch-all "other" was. */
  public static UnitType classify(String name, UnitType given) {
    if (given != null && given != UnitType.OTHER) {
      return given;
    }
    return typeOf(name).orElse(given);
  }
}
