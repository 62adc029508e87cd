package vn.innohub.exchange.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExchangeFieldRepository extends JpaRepository<ExchangeField, String> {

  List<ExchangeField> findAllByOrderBySortAsc();
}
