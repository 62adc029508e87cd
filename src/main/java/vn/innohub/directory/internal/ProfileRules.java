package vn.innohub.directory.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.innohub.directory.ProfileData;
import vn.innohub.directory.ProfileKind;

/** The checks a profile must pass before it is saved; each failure keyed by the form field it belongs to. */
final class ProfileRules {

  /** Mã số thuế: 10 digits, or 10 digits, a hyphen and 3 digits for a branch. */
  static final Pattern TAX_CODE = Pattern.compile("\\d{10}(-\\d{3})?");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern WEB = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);
  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  private ProfileRules() {}

  /** Field → message code; empty when the profile may be saved. */
  static Map<String, String> check(ProfileKind kind, ProfileData p, Set<String> sectors, LocalDate today) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (p.name() == null || p.name().isBlank()) {
      errors.put("name", "directory.error.nameRequired");
    } else if (p.name().length() > 200) {
      errors.put("name", "directory.error.tooLong");
    }
    if (p.taxCode() != null && !p.taxCode().isBlank() && !TAX_CODE.matcher(p.taxCode().strip()).matches()) {
      errors.put("taxCode", "directory.error.taxCode");
    }
    if (p.foundedOn() != null && (p.foundedOn().isAfter(today) || p.foundedOn().isBefore(EARLIEST))) {
      errors.put("foundedOn", "directory.error.foundedOn");
    }
    for (String s : p.sectors()) {
      if (!sectors.contains(s)) {
        errors.put("sectors", "directory.error.sector");
      }
    }
    if (p.startup().teamSize() != null && (p.startup().teamSize() < 0 || p.startup().teamSize() > 1_000_000)) {
      errors.put("teamSize", "directory.error.teamSize");
    }
    if (p.email() != null && !p.email().isBlank() && !EMAIL.matcher(p.email().strip()).matches()) {
      errors.put("email", "directory.error.email");
    }
    if (p.website() != null && !p.website().isBlank() && !WEB.matcher(p.website().strip()).matches()) {
      errors.put("website", "directory.error.website");
    }
    for (int i = 0; i < p.startup().founders().size(); i++) {
      if (p.startup().founders().get(i).name() == null || p.startup().founders().get(i).name().isBlank()) {
        errors.put("founders[" + i + "].name", "directory.error.founderName");
      }
    }
    for (int i = 0; i < p.startup().ipRights().size(); i++) {
      ProfileData.IpRight ip = p.startup().ipRights().get(i);
      if (ip.type() == null) {
        errors.put("ipRights[" + i + "].type", "directory.error.ipType");
      }
      if ((ip.title() == null || ip.title().isBlank()) && (ip.number() == null || ip.number().isBlank())) {
        errors.put("ipRights[" + i + "].title", "directory.error.ipTitle");
      }
      if (ip.grantedOn() != null && ip.grantedOn().isAfter(today)) {
        errors.put("ipRights[" + i + "].grantedOn", "directory.error.future");
      }
    }
    for (int i = 0; i < p.startup().fundingRounds().size(); i++) {
      ProfileData.FundingRound r = p.startup().fundingRounds().get(i);
      if (r.date() == null) {
        errors.put("fundingRounds[" + i + "].date", "directory.error.roundDate");
      } else if (r.date().isAfter(today)) {
        errors.put("fundingRounds[" + i + "].date", "directory.error.future");
      }
      if (r.amountVnd() == null || r.amountVnd().signum() <= 0) {
        errors.put("fundingRounds[" + i + "].amountVnd", "directory.error.amount");
      }
    }
    if (negative(p.fund().ticketMinVnd())) {
      errors.put("ticketMinVnd", "directory.error.amount");
    }
    if (negative(p.fund().ticketMaxVnd())) {
      errors.put("ticketMaxVnd", "directory.error.amount");
    }
    BigDecimal ticketMin = p.fund().ticketMinVnd();
    BigDecimal ticketMax = p.fund().ticketMaxVnd();
    if (ticketMin != null && ticketMax != null && ticketMin.compareTo(ticketMax) > 0) {
      errors.put("ticketMaxVnd", "directory.error.ticketRange");
    }
    if (kind == ProfileKind.SUPPORT_ORG && p.supportOrg().supportType() == null) {
      errors.put("supportType", "directory.error.supportType");
    }
    if (kind == ProfileKind.FUND && p.fund().investorType() == null) {
      errors.put("investorType", "directory.error.investorType");
    }
    return errors;
  }

  private static boolean negative(BigDecimal amount) {
    return amount != null && amount.signum() < 0;
  }
}
