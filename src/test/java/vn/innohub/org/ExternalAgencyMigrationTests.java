package vn.innohub.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V76 on a database that already has units: those named like ministries become external agencies (without a
 * reporting duty); the provincial military command and the province's own units stay as they were.
 */
class ExternalAgencyMigrationTests {

  @Test
  void unitsNamedLikeMinistriesBecomeExternalAgencies() throws Exception {
    String url = "jdbc:h2:mem:external-migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(url, "sa", "").target("75").load().migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
      st.executeUpdate("INSERT INTO org_unit (code, name, type) VALUES "
          + "('BKHCN', 'Bộ Khoa học và Công nghệ', 'OTHER'), "
          + "('BTTTT', 'Bộ Thông tin và Truyền thông', 'CENTRAL_BRANCH'), "
          + "('BCHQS', 'Bộ Chỉ huy Quân sự tỉnh', 'OTHER'), "
          + "('SKHCN', 'Sở Khoa học và Công nghệ', 'DEPARTMENT'), "
          + "('VIETTEL', 'Viettel tỉnh', 'TELECOM')");
      Flyway.configure().dataSource(url, "sa", "").load().migrate();
      Map<String, String> rows = new LinkedHashMap<>();
      try (ResultSet rs = st.executeQuery("SELECT code, type, reporting_on FROM org_unit ORDER BY id")) {
        while (rs.next()) {
          rows.put(rs.getString(1), rs.getString(2) + "/" + rs.getBoolean(3));
        }
      }
      assertThat(rows).containsExactly(Map.entry("BKHCN", "EXTERNAL/false"), Map.entry("BTTTT", "EXTERNAL/false"),
          Map.entry("BCHQS", "OTHER/false"), Map.entry("SKHCN", "DEPARTMENT/false"),
          Map.entry("VIETTEL", "TELECOM/false"));
      st.execute("DROP ALL OBJECTS");
    }
  }
}
