package org.rjkit.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rjkit.quality.ProjectPoms.Dependency;
import org.rjkit.quality.ProjectPoms.LibraryModule;
import org.w3c.dom.Document;

/**
 * Vendors embed the library: what it pulls in at compile or run time is part of its contract.
 * The library modules may depend, outside test scope, only on each other and on Guava,
 * jackson-databind, the Jakarta Validation API and Hibernate Validator.
 *
 * <p>Checked on the poms as written (direct dependencies, including any in profiles), plus the
 * parent pom's inherited {@code <dependencies>}. Transitive dependencies of the allowed libraries
 * are not listed here; the enforcer's dependencyConvergence keeps their versions consistent.
 */
class DependencyHygieneTest {

  /** What a library module may ship with, outside test scope. */
  static final Set<String> ALLOWED = Set.of(
      "org.rjkit:rjkit-core",
      "org.rjkit:rjkit-eligibility",
      "org.rjkit:rjkit-process-model",
      "com.google.guava:guava",
      "com.fasterxml.jackson.core:jackson-databind",
      "jakarta.validation:jakarta.validation-api",
      "org.hibernate.validator:hibernate-validator");

  /** The dependencies of a pom that a vendor would receive and that are not on the list. */
  static List<String> unexpectedShippedDependencies(Document pom) {
    return ProjectPoms.declaredDependencies(pom).stream()
        .filter(d -> !"test".equals(d.scope()))
        .filter(d -> !ALLOWED.contains(d.coordinates()))
        .map(d -> d.coordinates() + " (" + d.scope() + ", " + d.where() + ")")
        .collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0} ships only with allowed dependencies")
  @EnumSource(LibraryModule.class)
  void a_library_module_ships_only_with_allowed_dependencies(LibraryModule module) {
    Document pom = ProjectPoms.parse(module.pom());
    assertEquals(List.of(), unexpectedShippedDependencies(pom),
        module.directory + "/pom.xml declares dependencies outside test scope that are not in "
            + ALLOWED);
  }

  @Test
  void core_depends_on_no_other_rjkit_module() {
    List<String> rjkit = ProjectPoms.declaredDependencies(ProjectPoms.parse(
            LibraryModule.CORE.pom())).stream()
        .filter(d -> d.groupId().equals("org.rjkit"))
        .map(Dependency::coordinates)
        .collect(Collectors.toList());
    assertEquals(List.of(), rjkit, "core/pom.xml");
  }

  @Test
  void the_parent_gives_every_module_test_scoped_dependencies_only() {
    Document parent = ProjectPoms.parse(ProjectPoms.root().resolve("pom.xml"));
    List<Dependency> inherited = ProjectPoms.declaredDependencies(parent);
    assertFalse(inherited.isEmpty(), "the parent declares JUnit and jqwik for every module");
    assertEquals(List.of(),
        inherited.stream().filter(d -> !"test".equals(d.scope()))
            .map(Dependency::coordinates).collect(Collectors.toList()),
        "pom.xml <dependencies> are inherited by every library module");
  }

  @Test
  void the_check_reports_a_pom_that_breaks_the_rule() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/poms/leaky-library-pom.xml")) {
      List<String> reported = unexpectedShippedDependencies(ProjectPoms.parse(in));
      assertEquals(List.of(
              "org.apache.commons:commons-lang3 (compile, project)",
              "com.fasterxml.jackson.datatype:jackson-datatype-guava (runtime, project)",
              "org.rjkit:rjkit-core:test-jar (provided, project)",
              "info.picocli:picocli (compile, profile cli)"),
          reported);
    }
  }
}
