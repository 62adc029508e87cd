package vn.innohub.exchange.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

  List<Meeting> findByFairIdOrderBySlotAscIdAsc(long fairId);

  void deleteByFairId(long fairId);
}
