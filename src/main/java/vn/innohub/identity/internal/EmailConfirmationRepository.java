package vn.innohub.identity.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EmailConfirmationRepository extends JpaRepository<EmailConfirmation, Long> {

  Optional<EmailConfirmation> findByTokenHash(String tokenHash);

  /** When links were issued to the account since the instant, newest first. */
  @org.springframework.data.jpa.repository.Query("select c.createdAt from EmailConfirmation c "
      + "where c.userId = :userId and c.createdAt > :since order by c.createdAt desc")
  java.util.List<java.time.Instant> issuedSince(@org.springframework.data.repository.query.Param("userId") long userId,
      @org.springframework.data.repository.query.Param("since") java.time.Instant since);
}
