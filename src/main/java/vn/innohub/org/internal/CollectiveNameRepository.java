package vn.innohub.org.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CollectiveNameRepository extends JpaRepository<CollectiveName, Long> {

  List<CollectiveName> findAllByOrderByPhraseAsc();
}
