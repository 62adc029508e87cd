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
    f.trl = d.trl() == null ? "" : d.trl().toString();
    f.ipStatus = d.ipStatus() == null ? "" : d.ipStatus().name();
    f.ipNumbers = nz(d.ipNumbers());
    f.transferModes = new ArrayList<>(d.transferModes().stream().map(Enum::name).toList());
    f.priceVnd = d.priceVnd() == null ? "" : d.priceVnd().toPlainString();
    f.negotiable = d.negotiable();
    f.problem = nz(d.problem());
    f.desiredOutcome = nz(d.desiredOutcome());
    f.constraints = nz(d.constraints());
    f.budgetMinVnd = d.budgetMinVnd() == null ? "" : d.budgetMinVnd().toPlainString();
    f.budgetMaxVnd = d.budgetMaxVnd() == null ? "" : d.budgetMaxVnd().toPlainString();
    f.deadline = d.deadline() == null ? "" : d.deadline().toString();
    f.minTrl = d.minTrl() == null ? "" : d.minTrl().toString();
    f.callOpens = d.callOpens() == null ? "" : d.callOpens().toString();
    f.callCloses = d.callCloses() == null ? "" : d.callCloses().toString();
    f.profileSlug = nz(d.profileSlug());
    f.ownerName = nz(d.ownerName());
    f.contactName = nz(d.contactName());
    f.contactPhone = nz(d.contactPhone());
    f.contactEmail = nz(d.contactEmail());
    f.validUntil = d.validUntil() == null ? "" : d.validUntil().toString();
    f.version = version;
    return f;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
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
    ListingData d = new ListingData(cat, title, summary, description, Texts.blankToNull(fieldCode), province, commune,
        integer(trl, "trl", messages, errors), ip, ipNumbers, modes, money(priceVnd, "priceVnd", messages, errors),
        negotiable, problem, desiredOutcome, constraints, money(budgetMinVnd, "budgetMinVnd", messages, errors),
        money(budgetMaxVnd, "budgetMaxVnd", messages, errors), date(deadline, "deadline", messages, errors),
        integer(minTrl, "minTrl", messages, errors), date(callOpens, "callOpens", messages, errors),
        date(callCloses, "callCloses", messages, errors), profileSlug, ownerName, contactName, contactPhone,
        contactEmail, date(validUntil, "validUntil", messages, errors));
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
