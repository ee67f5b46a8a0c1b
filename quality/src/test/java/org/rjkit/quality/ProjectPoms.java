package org.rjkit.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Reads the project's own poms (plain DOM: the quality module needs no Maven libraries). */
final class ProjectPoms {

  /** The library modules, by directory, with the root package each one owns. */
  enum LibraryModule {
    CORE("core", "org.rjkit.core"),
    ELIGIBILITY("eligibility", "org.rjkit.eligibility"),
    PROCESS_MODEL("process-model", "org.rjkit.process");

    final String directory;
    final String rootPackage;

    LibraryModule(String directory, String rootPackage) {
      this.directory = directory;
      this.rootPackage = rootPackage;
    }

    Path dir() {
      return root().resolve(directory);
    }

    Path pom() {
      return dir().resolve("pom.xml");
    }
  }

  /** One {@code <dependency>} as written (scope defaults to compile, type to jar). */
  record Dependency(String groupId, String artifactId, String type, String scope, String where) {
    String coordinates() {
      return groupId + ":" + artifactId + ("jar".equals(type) ? "" : ":" + type);
    }
  }

  private ProjectPoms() {}

  /**
   * The project root: the {@code rjkit.root} system property set by surefire in
   * {@code quality/pom.xml}, else the parent of the working directory (surefire runs in the
   * module directory).
   */
  static Path root() {
    String configured = System.getProperty("rjkit.root");
    Path root = configured != null && !configured.isBlank()
        ? Path.of(configured)
        : Path.of("").toAbsolutePath().getParent();
    assertTrue(Files.isRegularFile(root.resolve("pom.xml")), "no pom.xml at project root " + root);
    return root.toAbsolutePath().normalize();
  }

  static Document parse(Path pom) {
    try (InputStream in = Files.newInputStream(pom)) {
      return parse(in);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + pom, e);
    }
  }

  static Document parse(InputStream in) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setNamespaceAware(false);
      return factory.newDocumentBuilder().parse(in);
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new AssertionError("cannot parse a pom", e);
    }
  }

  /**
   * The dependencies a pom declares for its own build: {@code project/dependencies} and
   * {@code project/profiles/profile/dependencies}. Not {@code dependencyManagement} (versions
   * only) nor plugin dependencies (build time only).
   */
  static List<Dependency> declaredDependencies(Document pom) {
    List<Dependency> found = new ArrayList<>();
    Element project = pom.getDocumentElement();
    child(project, "dependencies").ifPresent(deps -> collect(deps, "project", found));
    child(project, "profiles").ifPresent(profiles -> {
      for (Element profile : children(profiles, "profile")) {
        String id = child(profile, "id").map(Node::getTextContent).orElse("?").strip();
        child(profile, "dependencies").ifPresent(deps -> collect(deps, "profile " + id, found));
      }
    });
    return found;
  }

  /** The text of {@code project/properties/<name>}, if declared. */
  static Optional<String> property(Document pom, String name) {
    return child(pom.getDocumentElement(), "properties")
        .flatMap(properties -> child(properties, name))
        .map(e -> e.getTextContent().strip());
  }

  /** The text of a direct child element of {@code project}, e.g. {@code version}. */
  static Optional<String> projectValue(Document pom, String name) {
    return child(pom.getDocumentElement(), name).map(e -> e.getTextContent().strip());
  }

  private static void collect(Element dependencies, String where, List<Dependency> into) {
    for (Element d : children(dependencies, "dependency")) {
      into.add(new Dependency(
          text(d, "groupId", ""), text(d, "artifactId", ""), text(d, "type", "jar"),
          text(d, "scope", "compile"), where));
    }
  }

  private static String text(Element parent, String name, String otherwise) {
    return child(parent, name).map(e -> e.getTextContent().strip()).orElse(otherwise);
  }

  static Optional<Element> child(Element parent, String name) {
    List<Element> all = children(parent, name);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }
}
