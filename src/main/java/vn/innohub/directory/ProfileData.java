package vn.innohub.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The facts of a profile as its member enters them (the draft) and as ADMIN verified them (the published copy).
 * Fields that do not apply to a kind stay empty.
 */
public record ProfileData(
    String name, String summary, String description,
    String taxCode, LocalDate foundedOn, String commune, String province,
    List<String> sectors, Stage stage, Integer teamSize,
    String website, String email, String phone, String address,
    List<Founder> founders, String products, List<IpRight> ipRights, List<FundingRound> fundingRounds,
    String awards, String supportReceived, boolean networked, String networks,
    SupportType supportType, String services, String capacity,
    InvestorType investorType, String investmentFocus, BigDecimal ticketMinVnd, BigDecimal ticketMaxVnd,
    String expertise, String languages) {

  public ProfileData {
    sectors = sectors == null ? List.of() : List.copyOf(sectors);
    founders = founders == null ? List.of() : List.copyOf(founders);
    ipRights = ipRights == null ? List.of() : List.copyOf(ipRights);
    fundingRounds = fundingRounds == null ? List.of() : List.copyOf(fundingRounds);
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
    return new ProfileData(name, null, null, null, null, null, null, List.of(), null, null, null, null, null, null,
        List.of(), null, List.of(), List.of(), null, null, false, null, null, null, null, null, null, null, null, null,
        null);
  }

  /** Total capital raised, in VND. */
  public BigDecimal capitalRaised() {
    return fundingRounds.stream().map(FundingRound::amountVnd).filter(java.util.Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
