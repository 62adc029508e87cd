package vn.innohub.exchange.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.innohub.exchange.ListingData;
import vn.innohub.exchange.ListingKind;
import vn.innohub.shared.text.Texts;

/** A listing's own rules, field by field (field → message code); the duplicate checks need the database. */
final class ListingRules {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private ListingRules() {}

  static Map<String, String> check(ListingData d, Set<String> fieldCodes, LocalDate today) {
    Map<String, String> e = new LinkedHashMap<>();
    if (d.category() == null) {
      e.put("category", "exchange.error.required");
    }
    if (Texts.isBlank(d.title())) {
      e.put("title", "exchange.error.required");
    } else if (d.title().strip().length() < 5 || d.title().strip().length() > 300) {
      e.put("title", "exchange.error.titleLength");
    }
    if (Texts.isBlank(d.fieldCode())) {
      e.put("fieldCode", "exchange.error.required");
    } else if (!fieldCodes.contains(d.fieldCode())) {
      e.put("fieldCode", "exchange.error.unknownField");
    }
    if (Texts.isBlank(d.ownerName())) {
      e.put("ownerName", "exchange.error.required");
    }
    if (d.summary() != null && d.summary().length() > 1000) {
      e.put("summary", "exchange.error.tooLong");
    }
    if (d.kind() == ListingKind.OFFER) {
      if (Texts.isBlank(d.summary()) && Texts.isBlank(d.description())) {
        e.put("summary", "exchange.error.required");
      }
      if (d.trl() == null) {
        e.put("trl", "exchange.error.required");
      } else if (d.trl() < 1 || d.trl() > 9) {
        e.put("trl", "exchange.error.trl");
      }
      if (!d.negotiable() && d.priceVnd() != null && d.priceVnd().signum() < 0) {
        e.put("priceVnd", "exchange.error.negative");
      }
    } else if (d.kind() == ListingKind.DEMAND) {
      if (Texts.isBlank(d.problem())) {
        e.put("problem", "exchange.error.required");
      }
      if (d.minTrl() != null && (d.minTrl() < 1 || d.minTrl() > 9)) {
        e.put("minTrl", "exchange.error.trl");
      }
      negative(e, "budgetMinVnd", d.budgetMinVnd());
      negative(e, "budgetMaxVnd", d.budgetMaxVnd());
      if (!e.containsKey("budgetMinVnd") && !e.containsKey("budgetMaxVnd") && d.budgetMinVnd() != null
          && d.budgetMaxVnd() != null && d.budgetMinVnd().compareTo(d.budgetMaxVnd()) > 0) {
        e.put("budgetMaxVnd", "exchange.error.budgetInverted");
      }
      past(e, "deadline", d.deadline(), today);
      if (d.callOpens() != null && d.callCloses() != null && d.callCloses().isBefore(d.callOpens())) {
        e.put("callCloses", "exchange.error.callWindow");
      } else {
        past(e, "callCloses", d.callCloses(), today);
      }
    }
    past(e, "validUntil", d.validUntil(), today);
    if (!Texts.isBlank(d.contactEmail()) && !EMAIL.matcher(d.contactEmail().strip()).matches()) {
      e.put("contactEmail", "exchange.error.email");
    }
    return e;
  }

  private static void negative(Map<String, String> e, String field, BigDecimal value) {
    if (value != null && value.signum() < 0) {
      e.put(field, "exchange.error.negative");
    }
  }

  private static void past(Map<String, String> e, String field, LocalDate date, LocalDate today) {
    if (date != null && date.isBefore(today)) {
      e.put(field, "exchange.error.past");
    }
  }
}
