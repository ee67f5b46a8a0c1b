package org.rjkit.samples.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokensTest {

  private final Tokens tokens = new Tokens(ServiceHarness.KEY, ServiceHarness.CLOCK);

  @Test
  void a_token_names_its_caller_and_is_valid_for_a_day() {
    Caller v = new Caller("participant:V-1", CallerRole.PARTICIPANT, Optional.of("V-1"));
    String t = tokens.issue(v);
    assertEquals(new Tokens.Valid(v), tokens.verify(Optional.of("Bearer " + t)));
    Tokens later = new Tokens(ServiceHarness.KEY, java.time.Clock.offset(ServiceHarness.CLOCK,
        Duration.ofDays(1)));
    assertEquals(new Tokens.Invalid(Tokens.Problem.EXPIRED), later.verify(Optional.of("Bearer "
        + t)));
  }

  @Test
  void missing_malformed_and_forged_tokens_are_told_apart() {
    assertEquals(new Tokens.Invalid(Tokens.Problem.MISSING), tokens.verify(Optional.empty()));
    assertEquals(new Tokens.Invalid(Tokens.Problem.MALFORMED), tokens.verify(Optional.of("Basic x")));
    assertEquals(new Tokens.Invalid(Tokens.Problem.MALFORMED), tokens.verify(Optional.of(
        "Bearer a.b.c")));
    String t = tokens.issue(new Caller("s", CallerRole.RESEARCHER, Optional.empty()));
    String body = new String(java.util.Base64.getUrlDecoder().decode(t.substring(0,
        t.indexOf('.'))), StandardCharsets.UTF_8).replace("RESEARCHER", "AUDITOR");
    String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
        body.getBytes(StandardCharsets.UTF_8)) + t.substring(t.indexOf('.'));
    assertEquals(new Tokens.Invalid(Tokens.Problem.BAD_SIGNATURE), tokens.verify(Optional.of(
        "Bearer " + forged)));
  }

  @Test
  void the_key_file_is_created_once_and_reused(@TempDir Path dir) throws Exception {
    byte[] first = Tokens.key(Optional.empty(), dir);
    assertEquals(32, first.length);
    assertArrayEquals(first, Tokens.key(Optional.empty(), dir));
    assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(dir.resolve(Tokens.KEY_FILE))));
    assertArrayEquals("k".repeat(32).getBytes(StandardCharsets.UTF_8),
        Tokens.key(Optional.of("k".repeat(32)), dir));
    assertThrows(IllegalArgumentException.class, () -> Tokens.key(Optional.of("short"), dir));
  }

  @Test
  void rjkit_token_prints_a_token_the_service_accepts(@TempDir Path dir) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(new String[] {"token", "--role", "PARTICIPANT", "--participant", "V-1",
        "--dir", dir.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    Tokens service = new Tokens(Tokens.key(Optional.empty(), dir), java.time.Clock.systemUTC());
    Tokens.Verified v = service.verify(Optional.of("Bearer "
        + out.toString(StandardCharsets.UTF_8).trim()));
    assertEquals(new Tokens.Valid(new Caller("participant:V-1", CallerRole.PARTICIPANT,
        Optional.of("V-1"))), v);
  }

  @Test
  void rjkit_token_refuses_a_participant_without_an_id_and_unknown_roles(@TempDir Path dir) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertEquals(Main.USAGE, Main.run(new String[] {"token", "--role", "PARTICIPANT", "--dir",
        dir.toString()}, o, e));
    assertEquals(Main.USAGE, Main.run(new String[] {"token", "--role", "KING", "--dir",
        dir.toString()}, o, e));
    assertEquals(Main.USAGE, Main.run(new String[] {"serve", "--port", "http"}, o, e));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--port must be a number"));
  }
}
