package org.rjkit.samples.service;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rjkit.core.input.InputError;
import org.rjkit.core.language.Text;

/**
 * An HTTP error answer: a status, a stable code, a message from the bundle (in the caller's
 * language), and where it applies the errors with their JSON paths or the rule that refused.
 * Never carries a value from the request.
 */
final class ApiError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final String messageKey;
  private final List<InputError> errors;
  private final Optional<String> rule;
  private final Optional<Text> reason;
  private final Map<String, String> headers;

  private ApiError(int status, String code, String messageKey, List<InputError> errors,
      Optional<String> rule, Optional<Text> reason, Map<String, String> headers) {
    super(code, null, false, false);
    this.status = status;
    this.code = code;
    this.messageKey = messageKey;
    this.errors = ImmutableList.copyOf(errors);
    this.rule = rule;
    this.reason = reason;
    this.headers = ImmutableMap.copyOf(headers);
  }

  static ApiError of(int status, String code) {
    return new ApiError(status, code, code, List.of(), Optional.empty(), Optional.empty(),
        Map.of());
  }

  static ApiError invalid(List<InputError> errors) {
    return new ApiError(400, "invalid_input", "invalid_input", errors, Optional.empty(),
        Optional.empty(), Map.of());
  }

  static ApiError invalid(String code, InputError error) {
    return new ApiError(400, code, code, List.of(error), Optional.empty(), Optional.empty(),
        Map.of());
  }

  static ApiError unauthorised(Tokens.Problem problem) {
    return new ApiError(401, "unauthorised", "token." + problem.name(), List.of(),
        Optional.empty(), Optional.empty(),
        Map.of("WWW-Authenticate", "Bearer realm=\"rjkit\""));
  }

  static ApiError forbidden(String rule, Text reason) {
    return new ApiError(403, "forbidden", "forbidden", List.of(), Optional.of(rule),
        Optional.of(reason), Map.of());
  }

  static ApiError refused(CaseEngine.Refused refused) {
    return new ApiError(409, "refused", "refused", List.of(), Optional.of(refused.rule()),
        Optional.of(refused.reason()), Map.of());
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  String messageKey() {
    return messageKey;
  }

  List<InputError> errors() {
    return errors;
  }

  Optional<String> rule() {
    return rule;
  }

  /** The reason of a refusal, read in the caller's language. */
  Optional<Text> reason() {
    return reason;
  }

  Map<String, String> headers() {
    return headers;
  }
}
