package vn.innohub.directory;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The facts of a profile as its member enters them (the draft) and as ADMIN verified them (the published copy): what
 * every actor has, then what only a startup, a support organisation, a fund or an expert has. The details of the
 * other kinds stay empty; none of the groups is ever null. Stored as one flat JSON document (the groups unwrapped),
 * so the documents written before the groups existed read the same.
 */
public record ProfileData(
    String name, String summary, String description,
    String taxCode, LocalDate foundedOn, String commune, String province, List<String> sectors,
    @JsonUnwrapped Startup startup, @JsonUnwrapped SupportOrg supportOrg, @JsonUnwrapped Fund fund,
    @JsonUnwrapped Expert expert,
    String website, String email, String phone, String address) {

  public ProfileData {
    sectors = sectors == null ? List.of() : List.copyOf(sectors);
    startup = startup == null ? Startup.NONE : startup;
    supportOrg = supportOrg == null ? SupportOrg.NONE : supportOrg;
    fund = fund == null ? Fund.NONE : fund;
    expert = expert == null ? Expert.NONE : expert;
  }

  /** Doanh nghiệp khởi nghiệp: its stage, team, founders, products, IP, funding and recognition. */
  public record Startup(Stage stage, Integer teamSize, List<Founder> founders, String products,
      List<IpRight> ipRights, List<FundingRound> fundingRounds, String awards, String supportReceived,
      boolean networked, String networks) {

    public static final Startup NONE = new Startup(null, null, List.of(), null, List.of(), List.of(), null, null,
        false, null);

    public Startup {
      founders = founders == null ? List.of() : List.copyOf(founders);
      ipRights = ipRights == null ? List.of() : List.copyOf(ipRights);
      fundingRounds = fundingRounds == null ? List.of() : List.copyOf(fundingRounds);
    }

    /** Total capital raised, in VND. */
    public BigDecimal capitalRaised() {
      return fundingRounds.stream().map(FundingRound::amountVnd).filter(java.util.Objects::nonNull)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  /** Tổ chức hỗ trợ: its type, the services it offers and its capacity. */
  public record SupportOrg(SupportType supportType, String services, String capacity) {

    public static final SupportOrg NONE = new SupportOrg(null, null, null);
  }

  /** Quỹ, nhà đầu tư: its type, what it invests in and the size of its tickets. */
  public record Fund(InvestorType investorType, String investmentFocus, BigDecimal ticketMinVnd,
      BigDecimal ticketMaxVnd) {

    public static final Fund NONE = new Fund(null, null, null, null);
  }

  /** Chuyên gia: what the expert knows and the languages they work in. */
  public record Expert(String expertise, String languages) {

    public static final Expert NONE = new Expert(null, null);
  }

  /** Giai đoạn phát triển. */
  public enum Stage { IDEA, PROTOTYPE, EARLY_REVENUE, GROWTH }

  /** Loại tổ chức hỗ trợ; the first five are innovation spaces (không gian đổi mới sáng tạo). */
  public enum SupportType {
    INNOVATION_CENTRE, INCUBATOR, ACCELERATOR, COWORKING, OPEN_LAB, STARTUP_CLUB, UNIVERSITY_CENTRE, TECH_TRANSFER;

    public boolean innovationSpace() {
      return ordinal() <= OPEN_LAB.ordinal();
    }
  }

  public enum InvestorType { VENTURE_FUND, ANGEL, CORPORATE }

  /** Sáng chế, giải pháp hữu ích, nhãn hiệu, chỉ dẫn địa lý. */
  public enum IpType { PATENT, UTILITY_SOLUTION, TRADEMARK, GEOGRAPHICAL_INDICATION }

  public enum RoundType { GRANT, ANGEL, SEED, SERIES_A, SERIES_B_PLUS, LOAN, OTHER }

  /** A founder; shown publicly only with their consent. */
  public record Founder(String name, String role, boolean consentToPublish) {}

  public record IpRight(IpType type, String number, String title, LocalDate grantedOn) {}

  public record FundingRound(LocalDate date, BigDecimal amountVnd, String investor, RoundType type) {}

  public static ProfileData named(String name) {
    return new ProfileData(name, null, null, null, null, null, null, List.of(), Startup.NONE, SupportOrg.NONE,
        Fund.NONE, Expert.NONE, null, null, null, null);
  }

  public ProfileData withStartup(Startup startup) {
    return new ProfileData(name, summary, description, taxCode, foundedOn, commune, province, sectors, startup,
        supportOrg, fund, expert, website, email, phone, address);
  }

  public ProfileData withSupportOrg(SupportOrg supportOrg) {
    return new ProfileData(name, summary, description, taxCode, foundedOn, commune, province, sectors, startup,
        supportOrg, fund, expert, website, email, phone, address);
  }

  public ProfileData withFund(Fund fund) {
    return new ProfileData(name, summary, description, taxCode, foundedOn, commune, province, sectors, startup,
        supportOrg, fund, expert, website, email, phone, address);
  }

  public ProfileData withExpert(Expert expert) {
    return new ProfileData(name, summary, description, taxCode, foundedOn, commune, province, sectors, startup,
        supportOrg, fund, expert, website, email, phone, address);
  }
}
