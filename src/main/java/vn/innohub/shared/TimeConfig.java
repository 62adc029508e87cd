package vn.innohub.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform's clock: deadlines are judged in Asia/Ho_Chi_Minh time unless configured otherwise. */
@Configuration
public class TimeConfig {

  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Bean
  Clock clock(@Value("${innohub.time-zone:Asia/Ho_Chi_Minh}") String zone) {
    return Clock.system(ZoneId.of(zone));
  }
}
