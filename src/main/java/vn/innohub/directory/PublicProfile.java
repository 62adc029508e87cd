package vn.innohub.directory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A verified profile's published facts — the open-data record (schema {@code innohub.directory/1}, docs/OPEN-DATA.md).
 * Founders appear only with their consent; the working copy and review notes never do.
 */
public record PublicProfile(String slug, ProfileKind kind, String name, String summary, String description,
    String taxCode, LocalDate foundedOn, String commune, String province, List<String> sectors, String stage,
    Integer teamSize, String website, String email, String phone, String address, List<String> founders,
    String products, List<ProfileData.IpRight> ipRights, List<ProfileData.FundingRound> fundingRounds,
    BigDecimal capitalRaisedVnd, String awards, String supportReceived, boolean networked, String networks,
    String supportType, String services, String capacity, String investorType, String investmentFocus,
    BigDecimal ticketMinVnd, BigDecimal ticketMaxVnd, String expertise, String languages, boolean innovative,
    Instant verifiedAt, String logo) {

  public static final String SCHEMA = "innohub.directory/1";

  /** The published facts; {@code logoId} is the verified logo's image, or null. */
  public static PublicProfile of(String slug, ProfileKind kind, ProfileData p, boolean innovative, Instant verifiedAt,
      Long logoId) {
    return new PublicProfile(slug, kind, p.name(), p.summary(), p.description(), p.taxCode(), p.foundedOn(),
        p.commune(), p.province(), p.sectors(), p.stage() == null ? null : p.stage().name(), p.teamSize(),
        p.website(), p.email(), p.phone(), p.address(),
        p.founders().stream().filter(ProfileData.Founder::consentToPublish)
            .map(f -> f.role() == null ? f.name() : f.name() + " (" + f.role() + ")").toList(),
        p.products(), p.ipRights(), p.fundingRounds(), p.capitalRaised(), p.awards(), p.supportReceived(),
        p.networked(), p.networks(), p.supportType() == null ? null : p.supportType().name(), p.services(),
        p.capacity(), p.investorType() == null ? null : p.investorType().name(), p.investmentFocus(),
        p.ticketMinVnd(), p.ticketMaxVnd(), p.expertise(), p.languages(), innovative, verifiedAt,
        logoId == null ? null : logoPath(slug, logoId));
  }

  /** The address of a published logo; it names the image, so it can be cached for good. */
  public static String logoPath(String slug, long logoId) {
    return "/danh-ba/" + slug + "/logo/" + logoId;
  }
}
