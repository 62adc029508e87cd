package vn.innohub.portal.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EventRepository extends JpaRepository<PortalEvent, Long> {

  Optional<PortalEvent> findBySlug(String slug);

  boolean existsBySlug(String slug);

  @Query("select e from PortalEvent e where e.published = true and e.endsAt >= :from order by e.startsAt, e.id")
  List<PortalEvent> upcoming(@Param("from") Instant from, Pageable page);

  @Query("select e from PortalEvent e where e.published = true and e.startsAt < :to and e.endsAt >= :from order by e.startsAt, e.id")
  List<PortalEvent> between(@Param("from") Instant from, @Param("to") Instant to);

  @Query("select e from PortalEvent e where e.published = true order by e.startsAt desc")
  List<PortalEvent> allPublished(Pageable page);

  @Query("select e from PortalEvent e order by e.startsAt desc")
  List<PortalEvent> all();

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select e from PortalEvent e where e.id = :id")
  Optional<PortalEvent> lockById(@Param("id") long id);
}
