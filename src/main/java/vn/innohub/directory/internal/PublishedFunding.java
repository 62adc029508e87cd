package vn.innohub.directory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A funding round of a verified profile's published copy, kept as a row so capital is summed by SQL. */
@Entity
@Table(name = "directory_funding")
class PublishedFunding {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "profile_id", nullable = false)
  private long profileId;

  @Column(name = "round_date", nullable = false)
  private LocalDate roundDate;

  @Column(name = "amount_vnd", nullable = false)
  private BigDecimal amountVnd;

  protected PublishedFunding() {}

  PublishedFunding(long profileId, LocalDate roundDate, BigDecimal amountVnd) {
    this.profileId = profileId;
    this.roundDate = roundDate;
    this.amountVnd = amountVnd;
  }
}
