package org.rjkit.samples.service;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's row trigger on the append-only tables: every UPDATE or DELETE fails at the database. */
public final class AppendOnlyTrigger implements Trigger {

  private String table = "";

  /** Called by H2. */
  public AppendOnlyTrigger() {}

  @Override
  public void init(Connection conn, String schemaName, String triggerName, String tableName,
      boolean before, int type) {
    this.table = tableName;
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException("rjkit: " + table + " is append-only ("
        + (newRow == null ? "DELETE" : "UPDATE") + " refused)", "27000");
  }
}
