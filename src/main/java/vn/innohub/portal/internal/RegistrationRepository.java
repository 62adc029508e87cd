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

  boolean existsByEventIdAndEmailKey(long eventId, String emailKey);

  List<EventRegistration> findByEventIdOrderByCreatedAtAsc(long eventId);
}
