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

  long countByUserIdAndReadAtIsNull(long userId);

  Optional<Notification> findByIdAndUserId(long id, long userId);

  List<Notification> findByUserIdAndReadAtIsNull(long userId);

  @Query("select n from Notification n where n.mailStatus = vn.innohub.notification.internal.Notification.MailStatus.PENDING order by n.id")
  List<Notification> pendingMail(Pageable page);
}
