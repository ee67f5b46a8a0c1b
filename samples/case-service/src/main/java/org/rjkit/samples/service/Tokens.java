package org.rjkit.samples.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 bearer tokens: {@code base64url(payload) "." base64url(mac)}, where the payload is
 * {@code v1|subject|role|participant|expiresEpochSecond}. The key comes from the
 * {@code RJKIT_TOKEN_KEY} environment variable, or from a key file the service creates under its
 * working directory on first start.
 */
final class Tokens {

  /** How long {@code rjkit token} tokens are valid. */
  static final Duration VALIDITY = Duration.ofDays(1);
  static final String KEY_FILE = "rjkit-service-token.key";
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._:@-]{1,100}");
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder D64 = Base64.getUrlDecoder();

  private final byte[] key;
  private final Clock clock;

  Tokens(byte[] key, Clock clock) {
    checkArgument(key.length >= 32, "the token key must have at least 32 bytes");
    this.key = key.clone();
    this.clock = checkNotNull(clock, "clock");
  }

  /**
   * The key: {@code RJKIT_TOKEN_KEY} when set (its UTF-8 bytes, at least 32), otherwise the key
   * file under {@code directory}, created with 32 random bytes when missing.
   */
  static byte[] key(Optional<String> environment, Path directory) {
    if (environment.isPresent() && !environment.get().isEmpty()) {
      byte[] k = environment.get().getBytes(StandardCharsets.UTF_8);
      checkArgument(k.length >= 32, "RJKIT_TOKEN_KEY must be at least 32 bytes long");
      return k;
    }
    Path file = directory.resolve(KEY_FILE);
    try {
      if (!Files.exists(file)) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Files.createDirectories(directory);
        try {
          Files.write(file, B64.encode(fresh), StandardOpenOption.CREATE_NEW);
          try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
          } catch (UnsupportedOperationException notPosix) {
            // Windows: the file keeps the directory's permissions.
          }
        } catch (java.nio.file.FileAlreadyExistsException raced) {
          // Another process created it first: use theirs.
        }
      }
      return D64.decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
    } catch (IOException e) {
      throw new UncheckedIOException("the token key file could not be read or created", e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the token key file " + KEY_FILE + " is not base64url", e);
    }
  }

  /** Whether a subject or participant id may go into a token: letters, digits, {@code ._:@-}. */
  static boolean isName(String name) {
    return NAME.matcher(name).matches();
  }

  /** A token for the caller, valid for {@link #VALIDITY} from now. */
  String issue(Caller caller) {
    return issue(caller, clock.instant().plus(VALIDITY));
  }

  String issue(Caller caller, Instant expires) {
    checkArgument(NAME.matcher(caller.subject()).matches(),
        "subject: letters, digits and . _ : @ - only, at most 100");
    caller.participant().ifPresent(p -> checkArgument(NAME.matcher(p).matches(),
        "participant: letters, digits and . _ : @ - only, at most 100"));
    String payload = "v1|" + caller.subject() + "|" + caller.role().name() + "|"
        + caller.participant().orElse("") + "|" + expires.getEpochSecond();
    String body = B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    return body + "." + B64.encodeToString(mac(body));
  }

  /** Why a token was not accepted. */
  enum Problem { MISSING, MALFORMED, BAD_SIGNATURE, EXPIRED }

  /** The caller a token names, or the problem with it. */
  sealed interface Verified permits Valid, Invalid {}

  record Valid(Caller caller) implements Verified {}

  record Invalid(Problem problem) implements Verified {}

  /** Verifies an {@code Authorization} header value. */
  Verified verify(Optional<String> authorization) {
    if (authorization.isEmpty() || authorization.get().isBlank()) {
      return new Invalid(Problem.MISSING);
    }
    String h = authorization.get();
    if (!h.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return new Invalid(Problem.MALFORMED);
    }
    String token = h.substring(7).trim();
    int dot = token.indexOf('.');
    if (dot <= 0 || dot != token.lastIndexOf('.') || token.length() > 2000) {
      return new Invalid(Problem.MALFORMED);
    }
    String body = token.substring(0, dot);
    byte[] given;
    String payload;
    try {
      given = D64.decode(token.substring(dot + 1));
      payload = new String(D64.decode(body), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return new Invalid(Problem.MALFORMED);
    }
    if (!MessageDigest.isEqual(given, mac(body))) {
      return new Invalid(Problem.BAD_SIGNATURE);
    }
    String[] parts = payload.split("\\|", -1);
    if (parts.length != 5 || !parts[0].equals("v1")) {
      return new Invalid(Problem.MALFORMED);
    }
    try {
      CallerRole role = CallerRole.valueOf(parts[2]);
      long expires = Long.parseLong(parts[4]);
      if (clock.instant().getEpochSecond() >= expires) {
        return new Invalid(Problem.EXPIRED);
      }
      return new Valid(new Caller(parts[1], role,
          parts[3].isEmpty() ? Optional.empty() : Optional.of(parts[3])));
    } catch (IllegalArgumentException e) {
      return new Invalid(Problem.MALFORMED);
    }
  }

  private byte[] mac(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
