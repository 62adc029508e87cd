package vn.innohub.exchange.internal;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.innohub.exchange.ConnectionStatus;
import vn.innohub.exchange.Outcome;

interface ConnectionRepository extends JpaRepository<Connection, Long> {

  List<Connection> findByListingIdOrderByCreatedAtDesc(long listingId);

  List<Connection> findByListingIdAndRequesterUserIdOrderByIdAsc(long listingId, long requesterUserId);

  List<Connection> findByRequesterUserIdOrderByCreatedAtDesc(long requesterUserId);

  @Query("select c from Connection c where c.listingId in (select l.id from Listing l where l.ownerUserId = :owner) order by c.createdAt desc")
  List<Connection> incoming(@Param("owner") long ownerUserId);

  List<Connection> findAllByOrderByCreatedAtDesc();

  List<Connection> findByListingIdInAndStatusOrderByIdAsc(java.util.Collection<Long> listingIds,
      ConnectionStatus status);

  long countByStatus(ConnectionStatus status);

  long countByOutcome(Outcome outcome);

  @Query("select coalesce(sum(c.dealValueVnd), 0) from Connection c where c.outcome in :outcomes")
  BigDecimal dealValue(@Param("outcomes") List<Outcome> outcomes);

  /** Both parties (the requester and the listing's owner) of connections with a signed deal or a transfer. */
  @Query("""
      select c.requesterUserId, l.ownerUserId from Connection c, Listing l where l.id = c.listingId
        and c.outcome in (vn.innohub.exchange.Outcome.CONTRACT_SIGNED, vn.innohub.exchange.Outcome.TECHNOLOGY_TRANSFERRED)""")
  List<Object[]> dealParties();
}
