package org.rjkit.core.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Optional;
import org.rjkit.core.json.internal.ScreeningRequestDocument;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.core.screening.ScreeningRequest;

/**
 * The core part of screening-request reading, for core's tests: the public reader
 * ({@code org.rjkit.eligibility.json.TestRequestReader}) also checks the programme, which
 * core does not know.
 */
public final class TestRequestReader {

  /** What the command line's {@code --programme} and {@code --as-of} replace. */
  public record Overrides(Optional<ProgrammeId> programme, Optional<LocalDate> asOf) {
    /** Nothing replaced. */
    public static final Overrides NONE = new Overrides(Optional.empty(), Optional.empty());

    /** Neither component is null. */
    public Overrides {
      checkNotNull(programme, "programme");
      checkNotNull(asOf, "asOf");
    }
  }

  /** Reads a request. */
  public ScreeningRequest read(String json) {
    return read(json, Overrides.NONE);
  }

  /** Reads a request with overrides. */
  public ScreeningRequest read(String json, Overrides overrides) {
    checkNotNull(overrides, "overrides");
    return read(RjkitJson.readObject(json), overrides);
  }

  /** Reads a parsed request with overrides. */
  public ScreeningRequest read(JsonNode node, Overrides overrides) {
    return ScreeningRequestDocument.read(node, overrides.programme(), overrides.asOf());
  }
}
