package vn.innohub.reporting;

import jakarta.servlet.Filter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Test-only switch: while on, every autosave request fails the way a database outage makes it fail (a data-access
 * exception, answered by the application's error handling as a 5xx); pages keep working so that the journey can reload.
 */
public final class AutosaveOutage {

  private final AtomicBoolean down = new AtomicBoolean();

  public void start() {
    down.set(true);
  }

  public void end() {
    down.set(false);
  }

  /** Registers the switch and the filter that applies it. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class Config {

    @Bean
    AutosaveOutage autosaveOutage() {
      return new AutosaveOutage();
    }

    @Bean
    FilterRegistrationBean<Filter> autosaveOutageFilter(AutosaveOutage outage) {
      Filter filter = (request, response, chain) -> {
        var http = (jakarta.servlet.http.HttpServletRequest) request;
        if (outage.down.get() && "POST".equals(http.getMethod()) && http.getRequestURI().endsWith("/autosave")) {
          throw new DataAccessResourceFailureException("test outage: the database is unreachable");
        }
        chain.doFilter(request, response);
      };
      FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
      registration.addUrlPatterns("/reports/*");
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
      return registration;
    }
  }
}
