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

interface RegistrationRepository extends JpaRepository<EventRegistration, Long> {

  long countByEventId(long eventId);

  /** Seats taken at {@code now}: confirmed registrations and pending ones whose hold has not passed. */
  @Query("select count(r) from EventRegistration r where r.eventId = :eventId and (r.status = :confirmed"
      + " or (r.status = :pending and r.holdUntil > :now))")
  long seatsTaken(@Param("eventId") long eventId, @Param("now") Instant now,
      @Param("confirmed") EventRegistration.Status confirmed, @Param("pending") EventRegistration.Status pending);

  default long seatsTaken(long eventId, Instant now) {
    return seatsTaken(eventId, now, EventRegistration.Status.CONFIRMED, EventRegistration.Status.PENDING);
  }

  boolean existsByEventIdAndEmailKey(long eventId, String emailKey);

  Optional<EventRegistration> findByEventIdAndEmailKey(long eventId, String emailKey);

  Optional<EventRegistration> findByTokenHash(String tokenHash);

  List<EventRegistration> findByEventIdOrderByCreatedAtAsc(long eventId);
}
