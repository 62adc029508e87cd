package vn.innohub.exchange.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FairRepository extends JpaRepository<Fair, Long> {

  List<Fair> findAllByOrderByDateDesc();
}
