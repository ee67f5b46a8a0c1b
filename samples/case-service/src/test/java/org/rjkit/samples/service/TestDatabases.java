package org.rjkit.samples.service;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the integration suite runs on: H2 in a temporary directory, and PostgreSQL in a
 * fresh schema of the shared {@code test} database. PostgreSQL is skipped (with a message) when it
 * cannot be reached, unless {@code -Drjkit.postgres.required=true}, which makes that a failure.
 */
final class TestDatabases {

  private TestDatabases() {}

  static String h2(Path dir) {
    return Database.defaultUrl(dir);
  }

  static String postgresBase() {
    return System.getProperty("rjkit.postgres.url",
        "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
  }

  static boolean postgresRequired() {
    // The system property, or the environment variable RJKIT_POSTGRES_REQUIRED that .ci/run sets
    // (so CI runs the README's test command unchanged and still fails without PostgreSQL).
    String property = System.getProperty("rjkit.postgres.required");
    String value = property != null ? property : System.getenv("RJKIT_POSTGRES_REQUIRED");
    return Boolean.parseBoolean(value == null ? "false" : value.strip());
  }

  /** Creates a fresh schema and returns a URL whose connections use it; skips or fails. */
  static String postgresSchema() {
    String schema = "rjkit_test_" + UUID.randomUUID().toString().replace("-", "")
        .substring(0, 12).toLowerCase(Locale.ROOT);
    try (Connection c = DriverManager.getConnection(postgresBase() + "&connectTimeout=5");
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      String where = " at " + postgresBase() + " (SQLState " + e.getSQLState() + ")";
      if (postgresRequired()) {
        Assertions.fail("PostgreSQL is required (-Drjkit.postgres.required=true) but cannot be"
            + " reached" + where);
      }
      String message = "PostgreSQL was not tested: it cannot be reached" + where
          + ". Set -Drjkit.postgres.required=true to make this a failure.";
      System.err.println("rjkit case service: " + message);
      Assumptions.abort(message);
    }
    return postgresBase() + "&currentSchema=" + schema;
  }

  static void dropPostgresSchema(String url) {
    String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
    try (Connection c = DriverManager.getConnection(postgresBase());
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA " + schema + " CASCADE");
    } catch (SQLException e) {
      System.err.println("rjkit case service: the test schema " + schema
          + " could not be dropped (SQLState " + e.getSQLState() + ")");
    }
  }
}
