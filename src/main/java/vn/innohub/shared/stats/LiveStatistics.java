package vn.innohub.shared.stats;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A module that counts something plan targets may be bound to ("số doanh nghiệp khởi nghiệp sáng tạo" from the
 * directory, deals from the exchange, contests held …). A bound target's actual value comes from here, live.
 * Each key has a label under the message code {@code statistic.<key>}.
 */
public interface LiveStatistics {

  List<String> keys();

  Optional<BigDecimal> value(String key);
}
