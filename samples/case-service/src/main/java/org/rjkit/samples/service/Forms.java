package org.rjkit.samples.service;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The lenient command bodies: every field may be missing or wrong on arrival; Bean Validation
 * reports each problem by its JSON path, and only a valid form becomes a stored command.
 */
final class Forms {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Forms() {}

  /** An id in a path or body: letters, digits, {@code . _ : -}, 1 to 64 characters. */
  static final String ID = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";

  /** A calendar date, {@code yyyy-mm-dd}, that exists. */
  @Documented
  @Constraint(validatedBy = IsoDate.Check.class)
  @Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
  @Retention(RUNTIME)
  @interface IsoDate {
    String message() default "{rjkit.service.date}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Accepts null (use {@code @NotNull}) and real ISO dates. */
    final class Check implements ConstraintValidator<IsoDate, String> {
      @Override
      public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
          return true;
        }
        try {
          return value.length() == 10 && LocalDate.parse(value) != null;
        } catch (DateTimeParseException e) {
          return false;
        }
      }
    }
  }

  /** One of the names of a process-model enum ({@link CaseEngine#names}). */
  @Documented
  @Constraint(validatedBy = OneOf.Check.class)
  @Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
  @Retention(RUNTIME)
  @interface OneOf {
    String value();

    String message() default "{rjkit.service.oneOf}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Accepts null (use {@code @NotNull}). */
    final class Check implements ConstraintValidator<OneOf, String> {
      private List<String> names = List.of();

      @Override
      public void initialize(OneOf annotation) {
        names = "kind".equals(annotation.value()) ? CaseEngine.itemKinds()
            : CaseEngine.names(annotation.value());
      }

      @Override
      public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || names.contains(value);
      }
    }
  }

  /** Marks a form that becomes a stored command. */
  interface Command {
    ObjectNode toCommand();
  }

  /** {@code POST /cases}: a screening request document and the process type. */
  record CaseForm(
      @NotNull(message = "{rjkit.service.required}") @OneOf("processType") String processType,
      @NotNull(message = "{rjkit.service.required}") JsonNode request) implements Command {
    @Override
    public ObjectNode toCommand() {
      ObjectNode c = NODES.objectNode().put("type", "open").put("processType", processType);
      c.set("request", request);
      return c;
    }
  }

  record ConsentForm(
      @NotNull(message = "{rjkit.service.required}") @IsoDate String on,
      @NotNull(message = "{rjkit.service.required}")
      @Pattern(regexp = ID, message = "{rjkit.service.id}") String participant,
      @NotNull(message = "{rjkit.service.required}") Boolean informed,
      @NotNull(message = "{rjkit.service.required}") @OneOf("form") String form)
      implements Command {
    @Override
    public ObjectNode toCommand() {
      return NODES.objectNode().put("type", "consent").put("on", on)
          .put("participant", participant).put("informed", informed).put("form", form);
    }
  }

  record WithdrawalForm(
      @NotNull(message = "{rjkit.service.required}") @IsoDate String on,
      @NotNull(message = "{rjkit.service.required}")
      @Pattern(regexp = ID, message = "{rjkit.service.id}") String participant)
      implements Command {
    @Override
    public ObjectNode toCommand() {
      return NODES.objectNode().put("type", "withdrawal").put("on", on)
          .put("participant", participant);
    }
  }

  record SafetyForm(
      @NotNull(message = "{rjkit.service.required}") @IsoDate String on,
      @NotNull(message = "{rjkit.service.required}") @OneOf("riskToVictim") String riskToVictim)
      implements Command {
    @Override
    public ObjectNode toCommand() {
      return NODES.objectNode().put("type", "safety").put("on", on)
          .put("riskToVictim", riskToVictim);
    }
  }

  record ReviewForm(
      @NotNull(message = "{rjkit.service.required}") @IsoDate String on,
      @NotNull(message = "{rjkit.service.required}") @OneOf("outcome") String outcome)
      implements Command {
    @Override
    public ObjectNode toCommand() {
      return NODES.objectNode().put("type", "review").put("on", on).put("outcome", outcome);
    }
  }

  record StageForm(
      @NotNull(message = "{rjkit.service.required}") @IsoDate String on,
      @NotNull(message = "{rjkit.service.required}") @OneOf("stage") String stage)
      implements Command {
    @Override
    public ObjectNode toCommand() {
      return NODES.objectNode().put("type", "stage").put("on", on).put("stage", stage);
    }
  }

  record MessageForm(
      @NotNull(message = "{rjkit.service.required}") @IsoDate String on,
      @NotNull(message = "{rjkit.service.required}")
      @Pattern(regexp = ID, message = "{rjkit.service.id}") String id,
      @NotNull(message = "{rjkit.service.required}")
      @Pattern(regexp = ID, message = "{rjkit.service.id}") String author,
      @NotNull(message = "{rjkit.service.required}")
      @Pattern(regexp = ID, message = "{rjkit.service.id}") String recipient,
      @NotNull(message = "{rjkit.service.required}") @OneOf("channel") String channel,
      @NotNull(message = "{rjkit.service.required}")
      @Size(min = 1, max = 20000, message = "{rjkit.service.text}") String text)
      implements Command {
    @Override
    public ObjectNode toCommand() {
      return NODES.objectNode().put("type", "message").put("on", on).put("id", id)
          .put("author", author).put("recipient", recipient).put("channel", channel)
          .put("text", text);
    }
  }

  /** Relay, return and reopen carry only their date; the rest is in the path. */
  record DatedForm(@NotNull(message = "{rjkit.service.required}") @IsoDate String on) {
    ObjectNode toCommand(String type) {
      return NODES.objectNode().put("type", type).put("on", on);
    }
  }

  record ItemForm(
      @NotNull(message = "{rjkit.service.required}")
      @Pattern(regexp = ID, message = "{rjkit.service.id}") String id,
      @NotNull(message = "{rjkit.service.required}") @OneOf("kind") String kind,
      @NotNull(message = "{rjkit.service.required}")
      @Size(min = 1, max = 20000, message = "{rjkit.service.text}") String text,
      @Min(value = 1, message = "{rjkit.service.hours}")
      @Max(value = 10000, message = "{rjkit.service.hours}") Integer hours,
      @NotEmpty(message = "{rjkit.service.nonEmpty}")
      List<@NotNull(message = "{rjkit.service.required}")
          @Pattern(regexp = ID, message = "{rjkit.service.id}") String> concerned) {
    ObjectNode toNode() {
      ObjectNode n = NODES.objectNode().put("id", id).put("kind", kind).put("text", text);
      if (hours != null) {
        n.put("hours", hours);
      }
      ArrayNode c = n.putArray("concerned");
      concerned.forEach(c::add);
      return n;
    }
  }

  record AgreementForm(
      @NotNull(message = "{rjkit.service.required}") @IsoDate String on,
      @NotEmpty(message = "{rjkit.service.nonEmpty}") @Size(max = 50, message = "{rjkit.service.items}")
      List<@NotNull(message = "{rjkit.service.required}") @Valid ItemForm> items)
      implements Command {
    @Override
    public ObjectNode toCommand() {
      ObjectNode c = NODES.objectNode().put("type", "agreement").put("on", on);
      ArrayNode a = c.putArray("items");
      items.forEach(i -> a.add(i.toNode()));
      return c;
    }
  }

  record AssentForm(
      @NotNull(message = "{rjkit.service.required}") @IsoDate String on,
      @NotNull(message = "{rjkit.service.required}")
      @Pattern(regexp = ID, message = "{rjkit.service.id}") String party) {
    ObjectNode toCommand(String item) {
      return NODES.objectNode().put("type", "assent").put("on", on).put("item", item)
          .put("party", party);
    }
  }

  record FollowUpForm(
      @NotNull(message = "{rjkit.service.required}") @IsoDate String on,
      @NotNull(message = "{rjkit.service.required}") @OneOf("status") String status) {
    ObjectNode toCommand(String item) {
      return NODES.objectNode().put("type", "follow-up").put("on", on).put("item", item)
          .put("status", status);
    }
  }

  record CloseForm(
      @NotNull(message = "{rjkit.service.required}") @IsoDate String on,
      @NotNull(message = "{rjkit.service.required}") @OneOf("reason") String reason)
      implements Command {
    @Override
    public ObjectNode toCommand() {
      return NODES.objectNode().put("type", "close").put("on", on).put("reason", reason);
    }
  }
}
