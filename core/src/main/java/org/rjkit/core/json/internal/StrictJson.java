package org.rjkit.core.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.rjkit.core.json.RjkitJson;

/**
 * Internal: the Jackson configuration behind {@link RjkitJson}, for rjkit's own modules and
 * tests only.
 */
public final class StrictJson {

  private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(RjkitJson.MAX_NESTING_DEPTH)
      .maxStringLength(RjkitJson.MAX_STRING_LENGTH)
      .maxNameLength(RjkitJson.MAX_STRING_LENGTH)
      .maxDocumentLength(RjkitJson.MAX_DOCUMENT_LENGTH)
      .maxNumberLength(RjkitJson.MAX_NUMBER_LENGTH)
      .build();

  private StrictJson() {}

  /**
   * The stream read constraints every rjkit parser applies.
   *
   * @return the limits {@link RjkitJson} documents
   */
  public static StreamReadConstraints constraints() {
    return CONSTRAINTS;
  }

  /**
   * A new JSON factory with rjkit's constraints and strict duplicate detection.
   *
   * @return a new factory; the caller may configure it further
   */
  public static JsonFactory newFactory() {
    return JsonFactory.builder()
        .streamReadConstraints(CONSTRAINTS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /**
   * A new object mapper with rjkit's constraints, duplicate detection and no trailing tokens.
   *
   * @return a new mapper; the caller may configure it further
   */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder(newFactory())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .build();
  }
}
