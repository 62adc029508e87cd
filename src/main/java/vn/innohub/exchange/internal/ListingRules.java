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
    if (Texts.isBlank(d.contacts().ownerName())) {
      e.put("ownerName", "exchange.error.required");
    }
    if (d.summary() != null && d.summary().length() > 1000) {
      e.put("summary", "exchange.error.tooLong");
    }
    if (d.kind() == ListingKind.OFFER) {
      if (Texts.isBlank(d.summary()) && Texts.isBlank(d.description())) {
        e.put("summary", "exchange.error.required");
      }
      offer(e, d.offer());
    } else if (d.kind() == ListingKind.DEMAND) {
      demand(e, d.demand(), today);
      ListingData.ChallengeCall call = d.call();
      if (call.opens() != null && call.closes() != null && call.closes().isBefore(call.opens())) {
        e.put("callCloses", "exchange.error.callWindow");
      } else {
        past(e, "callCloses", call.closes(), today);
      }
    }
    past(e, "validUntil", d.validUntil(), today);
    String email = d.contacts().contactEmail();
    if (!Texts.isBlank(email) && !EMAIL.matcher(email.strip()).matches()) {
      e.put("contactEmail", "exchange.error.email");
    }
    return e;
  }

  private static void offer(Map<String, String> e, ListingData.OfferTerms o) {
    if (o.trl() == null) {
      e.put("trl", "exchange.error.required");
    } else if (o.trl() < 1 || o.trl() > 9) {
      e.put("trl", "exchange.error.trl");
    }
    if (!o.negotiable() && o.priceVnd() != null && o.priceVnd().signum() < 0) {
      e.put("priceVnd", "exchange.error.negative");
    }
  }

  private static void demand(Map<String, String> e, ListingData.DemandTerms t, LocalDate today) {
    if (Texts.isBlank(t.problem())) {
      e.put("problem", "exchange.error.required");
    }
    if (t.minTrl() != null && (t.minTrl() < 1 || t.minTrl() > 9)) {
      e.put("minTrl", "exchange.error.trl");
    }
    negative(e, "budgetMinVnd", t.budgetMinVnd());
    negative(e, "budgetMaxVnd", t.budgetMaxVnd());
    if (!e.containsKey("budgetMinVnd") && !e.containsKey("budgetMaxVnd") && t.budgetMinVnd() != null
        && t.budgetMaxVnd() != null && t.budgetMinVnd().compareTo(t.budgetMaxVnd()) > 0) {
      e.put("budgetMaxVnd", "exchange.error.budgetInverted");
    }
    past(e, "deadline", t.deadline(), today);
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
