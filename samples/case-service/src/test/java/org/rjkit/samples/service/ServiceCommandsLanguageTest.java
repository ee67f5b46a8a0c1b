package org.rjkit.samples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rjkit.eligibility.screening.ProgrammeRegistry;

/**
 * {@code ./rjkit serve} and {@code ./rjkit token} speak the language {@code --lang} names: their
 * usage and every mistake they report come from the service's bundle, French with
 * {@code --lang fr} (checked by {@link FrenchChecker}), English otherwise.
 *
 * <p>The command syntax a person types is allowed as it is: option names ({@code --port}), the
 * command words after {@code rjkit}, the placeholders of the usage in capitals, {@code jdbc:}
 * URLs, {@code RJKIT_TOKEN_KEY}, {@code base64url} and the file name of the key.
 */
class ServiceCommandsLanguageTest {

  private static final Pattern SYNTAX = Pattern.compile(
      "--[a-z]+|rjkit (?:serve|token)|rjkit:|\\ben\\|fr\\b|jdbc:[a-z0-9]+:|RJKIT_TOKEN_KEY"
          + "|base64url|rjkit-service-token\\.key|\\[[^\\]]*]");

  /** Every mistake the two commands report, one command line each. */
  private static List<String[]> mistakes(Path dir) {
    String d = dir.toString();
    return List.of(
        new String[] {},
        new String[] {"launch"},
        new String[] {"serve", "--port"},
        new String[] {"serve", "--port", "http"},
        new String[] {"serve", "--port", "70000"},
        new String[] {"serve", "--database", "mysql://x"},
        new String[] {"serve", "--colour", "red"},
        new String[] {"serve", "--lang", "de"},
        new String[] {"token", "--dir", d},
        new String[] {"token", "--role", "KING", "--dir", d},
        new String[] {"token", "--role", "PARTICIPANT", "--dir", d},
        new String[] {"token", "--role", "FACILITATOR", "--participant", "V-1", "--dir", d},
        new String[] {"token", "--role", "FACILITATOR", "--subject", "a b", "--dir", d},
        new String[] {"token", "--role", "PARTICIPANT", "--participant", "V 1", "--dir", d});
  }

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  private record Run(int status, String out, String err) {}

  private static String[] french(String[] args) {
    String[] withLang = new String[args.length + 2];
    System.arraycopy(args, 0, withLang, 0, args.length);
    withLang[args.length] = "--lang";
    withLang[args.length + 1] = "fr";
    // The command itself stays first; with no command, --lang fr is all there is.
    return args.length == 0 ? new String[] {"--lang", "fr"} : withLang;
  }

  @Test
  void every_mistake_is_reported_in_french_with_lang_fr(@TempDir Path dir) {
    FrenchChecker checker = new FrenchChecker(ProgrammeRegistry.builtIn(), List.of("V-1"));
    List<String> problems = new ArrayList<>();
    for (String[] args : mistakes(dir)) {
      Run r = run(french(args));
      assertEquals(Main.USAGE, r.status(), String.join(" ", args));
      assertTrue(r.err().startsWith("rjkit") || r.err().startsWith("usage"), r.err());
      assertFalse(r.err().contains("Exception"), r.err());
      for (String problem : checker.problems(SYNTAX.matcher(r.err()).replaceAll(" "))) {
        problems.add(String.join(" ", args) + ": " + problem + " in " + r.err());
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void the_same_mistakes_are_reported_in_english_without_lang(@TempDir Path dir) {
    assertTrue(run("serve", "--port", "http").err()
        .contains("rjkit: --port must be a number from 0 to 65535"));
    assertTrue(run("token", "--role", "KING", "--dir", dir.toString()).err()
        .startsWith("rjkit: there is no role KING; the roles are « FACILITATOR »"));
    assertTrue(run("launch").err().startsWith("rjkit: unknown command launch\nusage: rjkit serve"));
    assertTrue(run("serve", "--lang", "fr", "--port", "http").err()
        .startsWith("rjkit: --port doit être un nombre de 0 à 65535\nusage : rjkit serve"));
  }

  @Test
  void the_checker_catches_the_english_usage() {
    FrenchChecker checker = new FrenchChecker(ProgrammeRegistry.builtIn(), List.of());
    String english = run("serve", "--port", "http").err();
    assertFalse(checker.problems(SYNTAX.matcher(english).replaceAll(" ")).isEmpty(), english);
  }

  @Test
  void a_token_is_issued_whatever_the_language(@TempDir Path dir) {
    Run r = run("token", "--role", "AUDITOR", "--dir", dir.toString(), "--lang", "fr");
    assertEquals(Main.OK, r.status(), r.err());
    assertTrue(r.out().strip().matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), r.out());
  }
}
