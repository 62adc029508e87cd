package vn.innohub.notification.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

  boolean existsByUserIdAndDedupeKey(long userId, String dedupeKey);

  List<Notification> findByUserIdOrderByCreatedAtDescIdDesc(long userId, Pageable page);

  // A JPQL string (its plan is cached by Hibernate) rather than a derived query, which is re-translated on every call:
  // the count is read for the navigation bar on every page.
  @Query("select count(n) from Notification n where n.userId = :userId and n.readAt is null")
  long countByUserIdAndReadAtIsNull(@org.springframework.data.repository.query.Param("userId") long userId);

  Optional<Notification> findByIdAndUserId(long id, long userId);

  List<Notification> findByUserIdAndReadAtIsNull(long userId);

  @Query("select n from Notification n where n.mailStatus = vn.innohub.notification.internal.Notification.MailStatus.PENDING order by n.id")
  List<Notification> pendingMail(Pageable page);
}
