package org.rjkit.samples.service;

/**
 * The integration suite on PostgreSQL, in a fresh schema of the shared {@code test} database that
 * is dropped afterwards. Skipped with a message when PostgreSQL cannot be reached, unless
 * {@code -Drjkit.postgres.required=true} (then it fails).
 */
class PostgresCaseServiceTest extends CaseServiceSuite {

  @Override
  String databaseUrl() {
    return TestDatabases.postgresSchema();
  }

  @Override
  void dropDatabase(String url) {
    TestDatabases.dropPostgresSchema(url);
  }
}
