package org.rjkit.samples.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The integration suite on an H2 file database in a fresh directory under target/. */
class H2CaseServiceTest extends CaseServiceSuite {

  @Override
  String databaseUrl() {
    try {
      Path target = Path.of("target");
      Files.createDirectories(target);
      return TestDatabases.h2(Files.createTempDirectory(target.toAbsolutePath(), "h2-suite-"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
