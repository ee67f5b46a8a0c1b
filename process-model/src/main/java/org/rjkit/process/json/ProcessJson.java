package org.rjkit.process.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.process.agreement.AgreementItemId;
import org.rjkit.process.agreement.AgreementTerm;
import org.rjkit.process.communication.MessageId;
import org.rjkit.process.confidentiality.DisclosureDecision;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.confidentiality.Recipient;
import org.rjkit.process.disclosure.CaseView;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent;

/**
 * Writes cases, histories and views as JSON. The default writer, {@link #redacting()}, never
 * writes process content: a {@link ProcessContent} becomes {@code {"redacted":true}} and an
 * agreement term becomes {@code {"kind":"APOLOGY","redacted":true}} (amounts included). Only an
 * {@link #authorised(DisclosureDecision) authorised} writer writes process content.
 *
 * <p>Events are written with a {@code "type"} member naming the event ({@code "MessageSubmitted"}),
 * dates as ISO-8601 strings, identifiers as strings, absent optional values as {@code null}.
 */
public final class ProcessJson {

  private final ObjectMapper mapper;
  private final Optional<DisclosureDecision> authority;

  private ProcessJson(Optional<DisclosureDecision> authority) {
    this.authority = authority;
    boolean reveal = authority.isPresent();
    SimpleModule module = new SimpleModule("rjkit-process");
    module.addSerializer(LocalDate.class, ToStringSerializer.instance);
    module.addSerializer(CaseId.class, ToStringSerializer.instance);
    module.addSerializer(ParticipantId.class, ToStringSerializer.instance);
    module.addSerializer(ProgrammeId.class, ToStringSerializer.instance);
    module.addSerializer(MessageId.class, ToStringSerializer.instance);
    module.addSerializer(AgreementItemId.class, ToStringSerializer.instance);
    module.addSerializer(Recipient.class, ToStringSerializer.instance);
    @SuppressWarnings({"unchecked", "rawtypes"})
    Class<Optional<?>> optional = (Class) Optional.class;
    module.addSerializer(optional, new OptionalSerializer());
    module.addSerializer(ProcessContent.class, new ContentSerializer(authority));
    module.addSerializer(AgreementTerm.class, new TermSerializer(reveal));
    this.mapper = JsonMapper.builder()
        .addModule(module)
        .addMixIn(ProcessEvent.class, EventMixIn.class)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .build();
  }

  /**
   * The default writer: process content is always redacted.
   *
   * @return the writer
   */
  public static ProcessJson redacting() {
    return new ProcessJson(Optional.empty());
  }

  /**
   * A writer that writes process content, on the authority of a decision that permits process
   * content to a recipient. Use it only to send the output to that recipient.
   *
   * @param decision a decision that {@link DisclosureDecision#permitsProcessContent() permits
   *     process content}, not null
   * @return the writer
   * @throws IllegalArgumentException if the decision does not permit process content
   */
  public static ProcessJson authorised(DisclosureDecision decision) {
    checkNotNull(decision, "decision");
    checkArgument(decision.permitsProcessContent(),
        "the disclosure decision does not permit process content (rule %s)", decision.ruleId());
    return new ProcessJson(Optional.of(decision));
  }

  /** Whether this writer writes process content. */
  public boolean revealsContent() {
    return authority.isPresent();
  }

  /**
   * A case: its administrative state and its full history. An authorised writer writes the
   * history's content only on the authority of a decision for a recipient who is not a
   * participant (a participant receives a {@link CaseView}).
   *
   * @param processCase not null
   * @return the JSON text
   */
  public String writeCase(ProcessCase processCase) {
    checkNotNull(processCase, "processCase");
    checkArgument(authority.map(d -> d.request().recipient().participant().isEmpty()).orElse(true),
        "a participant receives a view of the case, not its history");
    ObjectNode root = mapper.createObjectNode();
    root.put("caseId", processCase.caseId().value());
    root.put("programme", processCase.programme().value());
    root.put("processType", processCase.processType().name());
    root.put("stage", processCase.stage().name());
    root.put("closure", processCase.closure().map(Enum::name).orElse(null));
    root.put("asOf", processCase.asOf().toString());
    ArrayNode history = root.putArray("history");
    for (ProcessEvent e : processCase.history()) {
      history.add(mapper.valueToTree(e));
    }
    return write(root);
  }

  /**
   * A view of a case, as built for its recipient.
   *
   * @param view not null
   * @return the JSON text
   */
  public String writeView(CaseView view) {
    checkNotNull(view, "view");
    return write(mapper.valueToTree(view));
  }

  /**
   * One event.
   *
   * @param event not null
   * @return the JSON text
   */
  public String writeEvent(ProcessEvent event) {
    checkNotNull(event, "event");
    return write(mapper.valueToTree(event));
  }

  private String write(Object tree) {
    try {
      return mapper.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("process JSON could not be written", e);
    }
  }

  /** Names each event by its simple class name in a {@code "type"} member. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, include = JsonTypeInfo.As.PROPERTY,
      property = "type")
  private interface EventMixIn { }

  private static final class OptionalSerializer extends JsonSerializer<Optional<?>> {
    @Override
    public void serialize(Optional<?> value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (value.isPresent()) {
        provider.defaultSerializeValue(value.get(), gen);
      } else {
        gen.writeNull();
      }
    }
  }

  private static final class ContentSerializer extends JsonSerializer<ProcessContent> {
    private final Optional<DisclosureDecision> authority;

    ContentSerializer(Optional<DisclosureDecision> authority) {
      this.authority = authority;
    }

    @Override
    public void serialize(ProcessContent value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (authority.isPresent()) {
        gen.writeString(value.reveal(authority.get()));
      } else {
        gen.writeStartObject();
        gen.writeBooleanField("redacted", true);
        gen.writeEndObject();
      }
    }
  }

  private static final class TermSerializer extends JsonSerializer<AgreementTerm> {
    private final boolean reveal;

    TermSerializer(boolean reveal) {
      this.reveal = reveal;
    }

    @Override
    public void serialize(AgreementTerm term, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField("kind", term.kind().name());
      if (!reveal) {
        gen.writeBooleanField("redacted", true);
      } else if (term instanceof AgreementTerm.Apology a) {
        provider.defaultSerializeField("form", a.form(), gen);
      } else if (term instanceof AgreementTerm.FinancialCompensation f) {
        provider.defaultSerializeField("amount", f.amount(), gen);
        provider.defaultSerializeField("schedule", f.schedule().instalments(), gen);
        provider.defaultSerializeField("purpose", f.purpose(), gen);
      } else if (term instanceof AgreementTerm.Donation d) {
        provider.defaultSerializeField("amount", d.amount(), gen);
        provider.defaultSerializeField("organisation", d.organisation(), gen);
      } else if (term instanceof AgreementTerm.CommunityService s) {
        gen.writeNumberField("hours", s.hours());
        provider.defaultSerializeField("description", s.description(), gen);
      } else if (term instanceof AgreementTerm.Repair r) {
        provider.defaultSerializeField("description", r.description(), gen);
      } else if (term instanceof AgreementTerm.Other o) {
        provider.defaultSerializeField("description", o.description(), gen);
      }
      gen.writeEndObject();
    }
  }
}
