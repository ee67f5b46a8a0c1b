package org.rjkit.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rjkit.quality.ProjectPoms.LibraryModule;
import org.w3c.dom.Document;

/**
 * What a vendor receives is usable from the module path and documented: each library jar names
 * its module ({@code Automatic-Module-Name}, equal to the module's root package), and
 * {@code verify} builds a sources jar and a javadoc jar beside it.
 */
class ReleaseHygieneTest {

  @ParameterizedTest(name = "{0} names its module after its root package")
  @EnumSource(LibraryModule.class)
  void each_library_pom_names_its_module_after_its_root_package(LibraryModule module) {
    Document pom = ProjectPoms.parse(module.pom());
    assertEquals(Optional.of(module.rootPackage),
        ProjectPoms.property(pom, "rjkit.module.name"),
        module.directory + "/pom.xml property rjkit.module.name");
  }

  @Test
  void the_parent_writes_the_module_name_into_every_jar_manifest() throws IOException {
    String parent = Files.readString(ProjectPoms.root().resolve("pom.xml"));
    assertTrue(parent.contains(
            "<Automatic-Module-Name>${rjkit.module.name}</Automatic-Module-Name>"),
        "pom.xml maven-jar-plugin manifestEntries");
  }

  /**
   * Checks the jars themselves. They exist once the module has been packaged, which a reactor
   * {@code verify} does before this module's tests; after a bare {@code test} they do not, and the
   * check is skipped (reported as skipped, not passed).
   */
  @ParameterizedTest(name = "{0}: the built jar carries Automatic-Module-Name")
  @EnumSource(LibraryModule.class)
  void the_built_jar_carries_its_module_name(LibraryModule module) throws IOException {
    Path jar = builtJar(module, "");
    assumeTrue(Files.isRegularFile(jar), () -> jar + " not built yet (run verify)");
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
      assertEquals(module.rootPackage,
          manifest.getMainAttributes().getValue("Automatic-Module-Name"), jar.toString());
    }
  }

  @ParameterizedTest(name = "{0}: verify builds sources and javadoc jars")
  @EnumSource(LibraryModule.class)
  void verify_builds_sources_and_javadoc_jars(LibraryModule module) {
    Path jar = builtJar(module, "");
    assumeTrue(Files.isRegularFile(jar), () -> jar + " not built yet (run verify)");
    assumeTrue(Files.isDirectory(module.dir().resolve("src/main/java")),
        () -> module.directory + " has no sources yet");
    for (String classifier : new String[] {"-sources", "-javadoc"}) {
      Path attached = builtJar(module, classifier);
      assertTrue(Files.isRegularFile(attached), attached + " was not built");
    }
  }

  private static Path builtJar(LibraryModule module, String classifier) {
    Document pom = ProjectPoms.parse(module.pom());
    String artifactId = ProjectPoms.projectValue(pom, "artifactId").orElseThrow();
    String version = ProjectPoms.projectValue(pom, "version").orElseGet(() ->
        ProjectPoms.projectValue(ProjectPoms.parse(ProjectPoms.root().resolve("pom.xml")),
            "version").orElseThrow());
    return module.dir().resolve("target").resolve(artifactId + "-" + version + classifier + ".jar");
  }

  /**
   * The bill of materials lists every library module, at the project's version, and nothing
   * else: a vendor who imports it gets a consistent set of rjkit jars and no other pins.
   */
  @Test
  void the_bom_pins_every_library_module_at_the_project_version() {
    Document parent = ProjectPoms.parse(ProjectPoms.root().resolve("pom.xml"));
    Document bom = ProjectPoms.parse(ProjectPoms.root().resolve("bom").resolve("pom.xml"));
    String version = ProjectPoms.projectValue(parent, "version").orElseThrow();
    assertEquals(Optional.of(version), ProjectPoms.projectValue(bom, "version"), "bom/pom.xml version");
    assertTrue(ProjectPoms.child(bom.getDocumentElement(), "parent").isEmpty(),
        "bom/pom.xml must not inherit rjkit-parent (it would pin Guava and Jackson for vendors)");
    java.util.List<String> pinned = new java.util.ArrayList<>();
    org.w3c.dom.Element management =
        ProjectPoms.child(bom.getDocumentElement(), "dependencyManagement").orElseThrow();
    org.w3c.dom.Element dependencies = ProjectPoms.child(management, "dependencies").orElseThrow();
    for (org.w3c.dom.Element d : ProjectPoms.children(dependencies, "dependency")) {
      String artifactId = ProjectPoms.child(d, "artifactId").orElseThrow().getTextContent().strip();
      String groupId = ProjectPoms.child(d, "groupId").orElseThrow().getTextContent().strip();
      String pinnedVersion = ProjectPoms.child(d, "version").orElseThrow().getTextContent().strip();
      assertEquals("org.rjkit", groupId, "bom entry " + artifactId);
      assertEquals(version, pinnedVersion, "bom entry " + artifactId);
      pinned.add(artifactId);
    }
    java.util.List<String> modules = new java.util.ArrayList<>();
    for (LibraryModule module : LibraryModule.values()) {
      Document pom = ProjectPoms.parse(module.pom());
      modules.add(ProjectPoms.projectValue(pom, "artifactId").orElseThrow());
    }
    assertEquals(modules, pinned, "bom/pom.xml dependencyManagement, in module order");
  }
}
