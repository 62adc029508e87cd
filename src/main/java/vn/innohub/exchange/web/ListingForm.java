package vn.innohub.exchange.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.innohub.exchange.IpStatus;
import vn.innohub.exchange.ListingCategory;
import vn.innohub.exchange.ListingData;
import vn.innohub.exchange.TransferMode;
import vn.innohub.shared.text.Texts;
import vn.innohub.shared.text.VietnameseNumbers;
import vn.innohub.shared.web.Messages;

/** The listing form as typed: text until parsed, so a bad number comes back beside its field with what was typed. */
public class ListingForm {

  public String category = "";
  public String title = "";
  public String summary = "";
  public String description = "";
  public String fieldCode = "";
  public String province = "";
  public String commune = "";
  public String trl = "";
  public String ipStatus = "";
  public String ipNumbers = "";
  public List<String> transferModes = new ArrayList<>();
  public String priceVnd = "";
  public boolean negotiable;
  public String problem = "";
  public String desiredOutcome = "";
  public String constraints = "";
  public String budgetMinVnd = "";
  public String budgetMaxVnd = "";
  public String deadline = "";
  public String minTrl = "";
  public String callOpens = "";
  public String callCloses = "";
  public String profileSlug = "";
  public String ownerName = "";
  public String contactName = "";
  public String contactPhone = "";
  public String contactEmail = "";
  public String validUntil = "";
  public long version;

  public static ListingForm of(ListingData d, long version) {
    ListingForm f = new ListingForm();
    f.category = d.category() == null ? "" : d.category().name();
    f.title = nz(d.title());
    f.summary = nz(d.summary());
    f.description = nz(d.description());
    f.fieldCode = nz(d.fieldCode());
    f.province = nz(d.province());
    f.commune = nz(d.commune());
    f.profileSlug = nz(d.profileSlug());
    f.validUntil = text(d.validUntil());
    ListingData.OfferTerms o = d.offer();
    f.trl = text(o.trl());
    f.ipStatus = o.ipStatus() == null ? "" : o.ipStatus().name();
    f.ipNumbers = nz(o.ipNumbers());
    f.transferModes = new ArrayList<>(o.transferModes().stream().map(Enum::name).toList());
    f.priceVnd = o.priceVnd() == null ? "" : o.priceVnd().toPlainString();
    f.negotiable = o.negotiable();
    ListingData.DemandTerms t = d.demand();
    f.problem = nz(t.problem());
    f.desiredOutcome = nz(t.desiredOutcome());
    f.constraints = nz(t.constraints());
    f.budgetMinVnd = t.budgetMinVnd() == null ? "" : t.budgetMinVnd().toPlainString();
    f.budgetMaxVnd = t.budgetMaxVnd() == null ? "" : t.budgetMaxVnd().toPlainString();
    f.deadline = text(t.deadline());
    f.minTrl = text(t.minTrl());
    f.callOpens = text(d.call().opens());
    f.callCloses = text(d.call().closes());
    ListingData.Contacts c = d.contacts();
    f.ownerName = nz(c.ownerName());
    f.contactName = nz(c.contactName());
    f.contactPhone = nz(c.contactPhone());
    f.contactEmail = nz(c.contactEmail());
    f.version = version;
    return f;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  /** The data, or null with the unreadable fields' messages in {@code errors}. */
  public ListingData toData(Messages messages, Map<String, String> errors) {
    ListingCategory cat = enumOf(ListingCategory.class, category, "category", messages, errors);
    IpStatus ip = enumOf(IpStatus.class, ipStatus, "ipStatus", messages, errors);
    Set<TransferMode> modes = EnumSet.noneOf(TransferMode.class);
    for (String m : transferModes) {
      TransferMode t = enumOf(TransferMode.class, m, "transferModes", messages, errors);
      if (t != null) {
        modes.add(t);
      }
    }
    // Parsed in the form's order: the messages keep it.
    var offer = new ListingData.OfferTerms(integer(trl, "trl", messages, errors), ip, ipNumbers, modes,
        money(priceVnd, "priceVnd", messages, errors), negotiable);
    var demand = new ListingData.DemandTerms(problem, desiredOutcome, constraints,
        money(budgetMinVnd, "budgetMinVnd", messages, errors), money(budgetMaxVnd, "budgetMaxVnd", messages, errors),
        date(deadline, "deadline", messages, errors), integer(minTrl, "minTrl", messages, errors));
    var call = new ListingData.ChallengeCall(date(callOpens, "callOpens", messages, errors),
        date(callCloses, "callCloses", messages, errors));
    var contacts = new ListingData.Contacts(ownerName, contactName, contactPhone, contactEmail);
    ListingData d = new ListingData(cat, title, summary, description, Texts.blankToNull(fieldCode), province, commune,
        profileSlug, date(validUntil, "validUntil", messages, errors), offer, demand, call, contacts);
    return errors.isEmpty() ? d : null;
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field, Messages messages,
      Map<String, String> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      errors.put(field, messages.get("exchange.error.choice"));
      return null;
    }
  }

  private static Integer integer(String value, String field, Messages messages, Map<String, String> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      errors.put(field, messages.get("exchange.error.number"));
      return null;
    }
  }

  static BigDecimal money(String value, String field, Messages messages, Map<String, String> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    BigDecimal v = VietnameseNumbers.parse(value.replace(" ", ""));
    if (v == null) {
      errors.put(field, messages.get("exchange.error.number"));
    }
    return v;
  }

  static LocalDate date(String value, String field, Messages messages, Map<String, String> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(value.strip(), vn.innohub.shared.text.VnFormat.DATE);
      } catch (DateTimeParseException e2) {
        errors.put(field, messages.get("exchange.error.date"));
        return null;
      }
    }
  }
}
