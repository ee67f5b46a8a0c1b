package org.rjkit.samples.service;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;

/**
 * The connection pool and the migrations. A {@code jdbc:postgresql:} URL selects PostgreSQL; any
 * other URL is taken as H2. The default is an H2 file under the working directory, written
 * through at each commit ({@code WRITE_DELAY=0}) so that a killed process loses nothing it
 * acknowledged.
 */
final class Database implements AutoCloseable {

  enum Dialect { H2, POSTGRESQL }

  private final HikariDataSource pool;
  private final Dialect dialect;

  private Database(HikariDataSource pool, Dialect dialect) {
    this.pool = pool;
    this.dialect = dialect;
  }

  /** The default URL: {@code <dir>/rjkit-service-data/cases} as an H2 file database. */
  static String defaultUrl(Path workingDirectory) {
    return "jdbc:h2:file:" + workingDirectory.toAbsolutePath().resolve("rjkit-service-data")
        .resolve("cases") + ";WRITE_DELAY=0";
  }

  static Dialect dialectOf(String url) {
    return url.startsWith("jdbc:postgresql:") ? Dialect.POSTGRESQL : Dialect.H2;
  }

  /** Opens the pool and brings the schema up to date. */
  static Database open(String url) {
    Dialect dialect = dialectOf(url);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(8);
    config.setAutoCommit(false);
    config.setPoolName("rjkit-service");
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    HikariDataSource pool = new HikariDataSource(config);
    try {
      Flyway.configure()
          .dataSource(pool)
          .locations("classpath:db/migration/common", dialect == Dialect.POSTGRESQL
              ? "classpath:db/migration/postgresql" : "classpath:db/migration/h2")
          .load()
          .migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new Database(pool, dialect);
  }

  HikariDataSource pool() {
    return pool;
  }

  Dialect dialect() {
    return dialect;
  }

  @Override
  public void close() {
    pool.close();
  }
}
