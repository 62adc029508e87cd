package vn.innohub.directory.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.innohub.directory.ProfileData;
import vn.innohub.directory.ProfileKind;

/**
 * The verification checklist. For a startup the first five criteria are those of an innovative startup (doanh nghiệp
 * nhỏ và vừa khởi nghiệp sáng tạo: Law 04/2017/QH14 art. 3 and Decree 80/2021/NĐ-CP): ticking all five recognises it
 * as innovative, which is what the plans' targets count. Criteria the data contradicts cannot be ticked.
 */
final class Checklist {

  static final List<String> STARTUP = List.of("legalEntity", "underFiveYears", "noPublicOffering", "innovationBasis",
      "growthPotential", "contactsChecked");
  static final List<String> INNOVATIVE = STARTUP.subList(0, 5);
  static final List<String> OTHER = List.of("legalEntity", "activityChecked", "contactsChecked");

  private Checklist() {}

  static List<String> criteria(ProfileKind kind) {
    return kind == ProfileKind.STARTUP ? STARTUP : OTHER;
  }

  /** Criteria the data itself contradicts, with the reason's message code. */
  static Map<String, String> contradicted(ProfileKind kind, ProfileData p, LocalDate today) {
    Map<String, String> out = new LinkedHashMap<>();
    if (kind == ProfileKind.STARTUP) {
      if (p.taxCode() == null || p.taxCode().isBlank()) {
        out.put("legalEntity", "directory.check.noTaxCode");
      }
      if (p.foundedOn() == null) {
        out.put("underFiveYears", "directory.check.noFoundingDate");
      } else if (p.foundedOn().plusYears(5).isBefore(today)) {
        out.put("underFiveYears", "directory.check.olderThanFive");
      }
    }
    return out;
  }

  static boolean innovative(ProfileKind kind, List<String> checked) {
    return kind == ProfileKind.STARTUP && checked.containsAll(INNOVATIVE);
  }
}
