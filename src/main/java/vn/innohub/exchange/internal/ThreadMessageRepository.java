package vn.innohub.exchange.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThreadMessageRepository extends JpaRepository<ThreadMessage, Long> {

  List<ThreadMessage> findByConnectionIdOrderByIdAsc(long connectionId);
}
