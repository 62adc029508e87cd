package vn.innohub.directory.web;

import static vn.innohub.shared.text.Texts.blankToNull;
import static vn.innohub.shared.text.Texts.isBlank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.innohub.directory.ProfileData;
import vn.innohub.shared.text.VietnameseNumbers;
import vn.innohub.shared.web.Messages;

/** The profile form as typed: text until parsed; rows left blank are dropped. */
public class ProfileForm {

  public static final int EXTRA_ROWS = 2;

  public String name = "";
  public String summary = "";
  public String description = "";
  public String taxCode = "";
  public String foundedOn = "";
  public String commune = "";
  public String province = "";
  public List<String> sectors = new ArrayList<>();
  public String stage = "";
  public String teamSize = "";
  public String website = "";
  public String email = "";
  public String phone = "";
  public String address = "";
  public List<FounderRow> founders = new ArrayList<>();
  public String products = "";
  public List<IpRow> ipRights = new ArrayList<>();
  public List<RoundRow> fundingRounds = new ArrayList<>();
  public String awards = "";
  public String supportReceived = "";
  public boolean networked;
  public String networks = "";
  public String supportType = "";
  public String services = "";
  public String capacity = "";
  public String investorType = "";
  public String investmentFocus = "";
  public String ticketMinVnd = "";
  public String ticketMaxVnd = "";
  public String expertise = "";
  public String languages = "";
  public long version;

  public static class FounderRow {
    public String name = "";
    public String role = "";
    public boolean consentToPublish;
  }

  public static class IpRow {
    public String type = "";
    public String number = "";
    public String title = "";
    public String grantedOn = "";
  }

  public static class RoundRow {
    public String date = "";
    public String amountVnd = "";
    public String investor = "";
    public String type = "";
  }

  // Spring binds through getters and setters.
  // CHECKSTYLE:OFF
  public String getName() { return name; } public void setName(String v) { name = v; }
  public String getSummary() { return summary; } public void setSummary(String v) { summary = v; }
  public String getDescription() { return description; } public void setDescription(String v) { description = v; }
  public String getTaxCode() { return taxCode; } public void setTaxCode(String v) { taxCode = v; }
  public String getFoundedOn() { return foundedOn; } public void setFoundedOn(String v) { foundedOn = v; }
  public String getCommune() { return commune; } public void setCommune(String v) { commune = v; }
  public String getProvince() { return province; } public void setProvince(String v) { province = v; }
  public List<String> getSectors() { return sectors; } public void setSectors(List<String> v) { sectors = v; }
  public String getStage() { return stage; } public void setStage(String v) { stage = v; }
  public String getTeamSize() { return teamSize; } public void setTeamSize(String v) { teamSize = v; }
  public String getWebsite() { return website; } public void setWebsite(String v) { website = v; }
  public String getEmail() { return email; } public void setEmail(String v) { email = v; }
  public String getPhone() { return phone; } public void setPhone(String v) { phone = v; }
  public String getAddress() { return address; } public void setAddress(String v) { address = v; }
  public List<FounderRow> getFounders() { return founders; } public void setFounders(List<FounderRow> v) { founders = v; }
  public String getProducts() { return products; } public void setProducts(String v) { products = v; }
  public List<IpRow> getIpRights() { return ipRights; } public void setIpRights(List<IpRow> v) { ipRights = v; }
  public List<RoundRow> getFundingRounds() { return fundingRounds; } public void setFundingRounds(List<RoundRow> v) { fundingRounds = v; }
  public String getAwards() { return awards; } public void setAwards(String v) { awards = v; }
  public String getSupportReceived() { return supportReceived; } public void setSupportReceived(String v) { supportReceived = v; }
  public boolean isNetworked() { return networked; } public void setNetworked(boolean v) { networked = v; }
  public String getNetworks() { return networks; } public void setNetworks(String v) { networks = v; }
  public String getSupportType() { return supportType; } public void setSupportType(String v) { supportType = v; }
  public String getServices() { return services; } public void setServices(String v) { services = v; }
  public String getCapacity() { return capacity; } public void setCapacity(String v) { capacity = v; }
  public String getInvestorType() { return investorType; } public void setInvestorType(String v) { investorType = v; }
  public String getInvestmentFocus() { return investmentFocus; } public void setInvestmentFocus(String v) { investmentFocus = v; }
  public String getTicketMinVnd() { return ticketMinVnd; } public void setTicketMinVnd(String v) { ticketMinVnd = v; }
  public String getTicketMaxVnd() { return ticketMaxVnd; } public void setTicketMaxVnd(String v) { ticketMaxVnd = v; }
  public String getExpertise() { return expertise; } public void setExpertise(String v) { expertise = v; }
  public String getLanguages() { return languages; } public void setLanguages(String v) { languages = v; }
  public long getVersion() { return version; } public void setVersion(long v) { version = v; }
  // CHECKSTYLE:ON

  /** Adds blank rows so the member can enter more founders, rights and rounds. */
  public ProfileForm withBlankRows() {
    for (int i = 0; i < EXTRA_ROWS; i++) {
      founders.add(new FounderRow());
      ipRights.add(new IpRow());
      fundingRounds.add(new RoundRow());
    }
    return this;
  }

  static ProfileForm of(ProfileData p, long version) {
    ProfileForm f = new ProfileForm();
    f.name = s(p.name());
    f.summary = s(p.summary());
    f.description = s(p.description());
    f.taxCode = s(p.taxCode());
    f.foundedOn = p.foundedOn() == null ? "" : p.foundedOn().toString();
    f.commune = s(p.commune());
    f.province = s(p.province());
    f.sectors = new ArrayList<>(p.sectors());
    f.stage = p.startup().stage() == null ? "" : p.startup().stage().name();
    f.teamSize = p.startup().teamSize() == null ? "" : p.startup().teamSize().toString();
    f.website = s(p.website());
    f.email = s(p.email());
    f.phone = s(p.phone());
    f.address = s(p.address());
    p.startup().founders().forEach(x -> {
      FounderRow r = new FounderRow();
      r.name = s(x.name());
      r.role = s(x.role());
      r.consentToPublish = x.consentToPublish();
      f.founders.add(r);
    });
    f.products = s(p.startup().products());
    p.startup().ipRights().forEach(x -> {
      IpRow r = new IpRow();
      r.type = x.type() == null ? "" : x.type().name();
      r.number = s(x.number());
      r.title = s(x.title());
      r.grantedOn = x.grantedOn() == null ? "" : x.grantedOn().toString();
      f.ipRights.add(r);
    });
    p.startup().fundingRounds().forEach(x -> {
      RoundRow r = new RoundRow();
      r.date = x.date() == null ? "" : x.date().toString();
      r.amountVnd = x.amountVnd() == null ? "" : x.amountVnd().toPlainString();
      r.investor = s(x.investor());
      r.type = x.type() == null ? "" : x.type().name();
      f.fundingRounds.add(r);
    });
    f.awards = s(p.startup().awards());
    f.supportReceived = s(p.startup().supportReceived());
    f.networked = p.startup().networked();
    f.networks = s(p.startup().networks());
    f.supportType = p.supportOrg().supportType() == null ? "" : p.supportOrg().supportType().name();
    f.services = s(p.supportOrg().services());
    f.capacity = s(p.supportOrg().capacity());
    f.investorType = p.fund().investorType() == null ? "" : p.fund().investorType().name();
    f.investmentFocus = s(p.fund().investmentFocus());
    f.ticketMinVnd = p.fund().ticketMinVnd() == null ? "" : p.fund().ticketMinVnd().toPlainString();
    f.ticketMaxVnd = p.fund().ticketMaxVnd() == null ? "" : p.fund().ticketMaxVnd().toPlainString();
    f.expertise = s(p.expert().expertise());
    f.languages = s(p.expert().languages());
    f.version = version;
    return f;
  }

  private static String s(String v) {
    return v == null ? "" : v;
  }

  /** The typed values as profile facts; what cannot be read is reported by field and nothing is returned. */
  ProfileData toData(Messages messages, Map<String, String> errors) {
    // Blank rows are dropped, so the form first removes them: error keys then name the rows as displayed again.
    founders.removeIf(r -> r == null || isBlank(r.name) && isBlank(r.role));
    ipRights.removeIf(r -> r == null || isBlank(r.number) && isBlank(r.title) && isBlank(r.grantedOn));
    fundingRounds.removeIf(r -> r == null || isBlank(r.date) && isBlank(r.amountVnd) && isBlank(r.investor));
    Parser in = new Parser(messages, errors);
    List<ProfileData.Founder> fs = new ArrayList<>();
    for (int i = 0; i < founders.size(); i++) {
      FounderRow r = founders.get(i);
      if (!isBlank(r.name) || !isBlank(r.role)) {
        fs.add(new ProfileData.Founder(blankToNull(r.name), blankToNull(r.role), r.consentToPublish));
      }
    }
    List<ProfileData.IpRight> ips = new ArrayList<>();
    for (int i = 0; i < ipRights.size(); i++) {
      IpRow r = ipRights.get(i);
      if (!isBlank(r.number) || !isBlank(r.title) || !isBlank(r.grantedOn)) {
        ips.add(new ProfileData.IpRight(in.enumOf(ProfileData.IpType.class, r.type, "ipRights[" + ips.size() + "].type"),
            blankToNull(r.number), blankToNull(r.title),
            in.date(r.grantedOn, "ipRights[" + ips.size() + "].grantedOn")));
      }
    }
    List<ProfileData.FundingRound> rounds = new ArrayList<>();
    for (RoundRow r : fundingRounds) {
      if (!isBlank(r.date) || !isBlank(r.amountVnd) || !isBlank(r.investor)) {
        String at = "fundingRounds[" + rounds.size() + "].";
        rounds.add(new ProfileData.FundingRound(in.date(r.date, at + "date"), in.amount(r.amountVnd, at + "amountVnd"),
            blankToNull(r.investor), in.enumOf(ProfileData.RoundType.class, r.type, at + "type")));
      }
    }
    // Parsed in the form's order: the messages keep it.
    LocalDate founded = in.date(foundedOn, "foundedOn");
    var startup = new ProfileData.Startup(in.enumOf(ProfileData.Stage.class, stage, "stage"),
        in.integer(teamSize, "teamSize"), fs, blankToNull(products), ips, rounds, blankToNull(awards),
        blankToNull(supportReceived), networked, blankToNull(networks));
    var supportOrg = new ProfileData.SupportOrg(in.enumOf(ProfileData.SupportType.class, supportType, "supportType"),
        blankToNull(services), blankToNull(capacity));
    var fund = new ProfileData.Fund(in.enumOf(ProfileData.InvestorType.class, investorType, "investorType"),
        blankToNull(investmentFocus), in.amount(ticketMinVnd, "ticketMinVnd"), in.amount(ticketMaxVnd, "ticketMaxVnd"));
    ProfileData data = new ProfileData(blankToNull(name), blankToNull(summary), blankToNull(description),
        blankToNull(taxCode), founded, blankToNull(commune), blankToNull(province),
        sectors == null ? List.of() : sectors.stream().filter(x -> !isBlank(x)).distinct().toList(), startup,
        supportOrg, fund, new ProfileData.Expert(blankToNull(expertise), blankToNull(languages)),
        blankToNull(website), blankToNull(email), blankToNull(phone), blankToNull(address));
    return errors.isEmpty() ? data : null;
  }

  /** Reads typed text, noting by field what it could not read. */
  private record Parser(Messages messages, Map<String, String> errors) {

    LocalDate date(String text, String field) {
      if (isBlank(text)) {
        return null;
      }
      try {
        return LocalDate.parse(text.strip());
      } catch (DateTimeParseException e) {
        errors.put(field, messages.get("directory.error.date"));
        return null;
      }
    }

    BigDecimal amount(String text, String field) {
      if (isBlank(text)) {
        return null;
      }
      BigDecimal value = VietnameseNumbers.parse(text.strip().replace(" ", ""));
      if (value == null) {
        errors.put(field, messages.get("directory.error.number"));
      }
      return value;
    }

    Integer integer(String text, String field) {
      if (isBlank(text)) {
        return null;
      }
      try {
        return Integer.valueOf(text.strip());
      } catch (NumberFormatException e) {
        errors.put(field, messages.get("directory.error.number"));
        return null;
      }
    }

    <E extends Enum<E>> E enumOf(Class<E> type, String text, String field) {
      if (isBlank(text)) {
        return null;
      }
      try {
        return Enum.valueOf(type, text.strip());
      } catch (IllegalArgumentException e) {
        errors.put(field, messages.get("directory.error.choice"));
        return null;
      }
    }
  }

  static Map<String, String> newErrors() {
    return new LinkedHashMap<>();
  }
}
