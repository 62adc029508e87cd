package vn.innohub.directory.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SectorRepository extends JpaRepository<Sector, String> {

  List<Sector> findAllByOrderBySortAsc();
}
