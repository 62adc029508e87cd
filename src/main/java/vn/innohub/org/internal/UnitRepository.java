package vn.innohub.org.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.innohub.org.UnitType;

public interface UnitRepository extends JpaRepository<Unit, Long> {

  Optional<Unit> findByCodeIgnoreCase(String code);

  List<Unit> findAllByOrderByTypeAscNameAsc();

  List<Unit> findByTypeInOrderByNameAsc(Collection<UnitType> types);
}
