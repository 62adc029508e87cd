package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.innohub.plan.TargetMethod;

/**
 * Issue 17: every existing target gets the method the importer would propose from its wording and unit
 * ({@link TargetMethod#propose}), flagged for review — in Java because the rule reads Vietnamese with and without
 * diacritics, which SQL cannot do portably.
 */
public class V81__propose_target_methods extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    record Row(long id, TargetMethod method) {}
    List<Row> rows = new ArrayList<>();
    try (Statement s = context.getConnection().createStatement();
        ResultSet rs = s.executeQuery("SELECT id, name, unit_of_measure, data_source FROM plan_target WHERE method IS NULL")) {
      while (rs.next()) {
        rows.add(new Row(rs.getLong(1), TargetMethod.propose(rs.getString(2), rs.getString(3), rs.getString(4) != null)));
      }
    }
    try (PreparedStatement u = context.getConnection()
        .prepareStatement("UPDATE plan_target SET method = ?, method_review = TRUE WHERE id = ?")) {
      for (Row r : rows) {
        u.setString(1, r.method().name());
        u.setLong(2, r.id());
        u.addBatch();
      }
      u.executeBatch();
    }
  }
}
