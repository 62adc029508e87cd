package vn.innohub.directory;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A verified profile's published facts — the open-data record (schema {@code innohub.directory/1}, docs/OPEN-DATA.md):
 * what every actor has, then what only a startup, a support organisation, a fund or an expert has, each group
 * written flat into the record's JSON. Founders appear only with their consent; the working copy and review notes
 * never do.
 */
public record PublicProfile(String slug, ProfileKind kind, String name, String summary, String description,
    String taxCode, LocalDate foundedOn, String commune, String province, List<String> sectors, String website,
    String email, String phone, String address, @JsonUnwrapped Startup startup,
    @JsonUnwrapped ProfileData.SupportOrg supportOrg, @JsonUnwrapped ProfileData.Fund fund,
    @JsonUnwrapped ProfileData.Expert expert, boolean innovative, Instant verifiedAt, String logo) {

  public static final String SCHEMA = "innohub.directory/1";

  public PublicProfile {
    startup = startup == null ? Startup.of(ProfileData.Startup.NONE) : startup;
    supportOrg = supportOrg == null ? ProfileData.SupportOrg.NONE : supportOrg;
    fund = fund == null ? ProfileData.Fund.NONE : fund;
    expert = expert == null ? ProfileData.Expert.NONE : expert;
  }

  /** A startup's published facts: founders only with their consent, as "name (role)", and the capital raised. */
  public record Startup(ProfileData.Stage stage, Integer teamSize, List<String> founders, String products,
      List<ProfileData.IpRight> ipRights, List<ProfileData.FundingRound> fundingRounds, BigDecimal capitalRaisedVnd,
      String awards, String supportReceived, boolean networked, String networks) {

    static Startup of(ProfileData.Startup s) {
      return new Startup(s.stage(), s.teamSize(),
          s.founders().stream().filter(ProfileData.Founder::consentToPublish)
              .map(f -> f.role() == null ? f.name() : f.name() + " (" + f.role() + ")").toList(),
          s.products(), s.ipRights(), s.fundingRounds(), s.capitalRaised(), s.awards(), s.supportReceived(),
          s.networked(), s.networks());
    }
  }

  /** The published facts; {@code logoId} is the verified logo's image, or null. */
  public static PublicProfile of(String slug, ProfileKind kind, ProfileData p, boolean innovative, Instant verifiedAt,
      Long logoId) {
    return new PublicProfile(slug, kind, p.name(), p.summary(), p.description(), p.taxCode(), p.foundedOn(),
        p.commune(), p.province(), p.sectors(), p.website(), p.email(), p.phone(), p.address(),
        Startup.of(p.startup()), p.supportOrg(), p.fund(), p.expert(), innovative, verifiedAt,
        logoId == null ? null : logoPath(slug, logoId));
  }

  /** The address of a published logo; it names the image, so it can be cached for good. */
  public static String logoPath(String slug, long logoId) {
    return "/danh-ba/" + slug + "/logo/" + logoId;
  }
}
