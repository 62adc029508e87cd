package vn.innohub.identity.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Two requests of one session that both add the same new attribute (two flash messages, a CSRF token on two tabs'
 * first requests) made Spring Session JDBC insert the same (session, attribute) row twice: the second failed on the
 * primary key and the user saw a 500. The attribute is written as an upsert instead — PostgreSQL's
 * {@code ON CONFLICT DO UPDATE}, H2's {@code MERGE … KEY} — so the later write wins, as it would in memory.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(JdbcIndexedSessionRepository.class)
class SessionStoreConfig {

  static final String POSTGRES_UPSERT = """
      INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
      VALUES (?, ?, ?)
      ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES""";

  static final String H2_UPSERT = """
      MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
      KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
      VALUES (?, ?, ?)""";

  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributeUpsert(DataSource dataSource) {
    String product = productName(dataSource);
    return repository -> {
      if (product.contains("postgres")) {
        repository.setCreateSessionAttributeQuery(POSTGRES_UPSERT);
      } else if (product.contains("h2")) {
        repository.setCreateSessionAttributeQuery(H2_UPSERT);
      }
    };
  }

  private static String productName(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    } catch (SQLException e) {
      return "";
    }
  }
}
