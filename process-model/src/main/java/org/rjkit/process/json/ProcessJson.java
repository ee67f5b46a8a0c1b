package org.rjkit.process.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.json.RjkitJson;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.Messages;
import org.rjkit.core.language.Text;
import org.rjkit.core.participant.ParticipantId;
import org.rjkit.core.screening.ProgrammeId;
import org.rjkit.process.agreement.AgreementItemId;
import org.rjkit.process.agreement.AgreementTerm;
import org.rjkit.process.communication.MessageId;
import org.rjkit.process.confidentiality.DisclosureCapability;
import org.rjkit.process.confidentiality.DisclosureDecision;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.confidentiality.Recipient;
import org.rjkit.process.disclosure.CaseView;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent;

/**
 * Writes views and, for a recipient holding a capability, cases as JSON: this is what a recipient
 * is sent, never the system of record (a case is stored with {@link ProcessHistoryStorageWriter}).
 * The default writer, {@link #redacting()}, writes views only and never writes process content:
 * a {@link ProcessContent} becomes {@code {"redacted":true}} and an agreement term becomes
 * {@code {"kind":"APOLOGY","redacted":true}} (amounts included). An {@link
 * #authorised(DisclosureCapability) authorised} writer writes the content its capability covers,
 * and nothing else.
 *
 * <p>A text a person reads (a history line, a description, a reason) is written as an object
 * keyed by language tag, one member per configured language, English and French always
 * ({@code {"en":"stage: preparation","fr":"étape : préparation"}}).
 *
 * <p>Events are written with a {@code "type"} member naming the event ({@code "MessageSubmitted"}),
 * dates as ISO-8601 strings, identifiers as strings; an absent optional value is left out, as in
 * every rjkit document. {@code write} writes one line, {@code writePretty} indents by two spaces,
 * {@code toTree} gives the JSON tree.
 *
 * @since 1.0
 */
public final class ProcessJson {

  private final ObjectMapper mapper;
  private final Optional<DisclosureCapability> authority;

  private ProcessJson(Optional<DisclosureCapability> authority) {
    this.authority = authority;
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
    module.addSerializer(AgreementTerm.class, new TermSerializer(authority));
    module.addSerializer(DisclosureDecision.class, new DecisionSerializer());
    module.addSerializer(DisclosureCapability.class, new CapabilitySerializer());
    module.addSerializer(Text.class, new TextSerializer());
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
   * A writer that writes the process content a capability covers, and no other. Use it only to
   * send the output to the capability's recipient.
   *
   * @param capability a capability minted by the library's disclosure entry point, not null
   * @return the writer
   */
  public static ProcessJson authorised(DisclosureCapability capability) {
    checkNotNull(capability, "capability");
    return new ProcessJson(Optional.of(capability));
  }

  /** {@return whether this writer writes (covered) process content} */
  public boolean revealsContent() {
    return authority.isPresent();
  }

  /**
   * A case: its administrative state and its full history, for the recipient of this writer's
   * capability. Only an authorised writer writes a case, for a capability bound to that case that
   * permits administrative facts in full to a recipient who is not a participant (a participant
   * receives a {@link CaseView}); content it does not cover is redacted.
   *
   * @param processCase not null
   * @return the JSON text, on one line
   * @throws IllegalStateException for the redacting writer
   * @throws IllegalArgumentException if the capability is for another case, for a participant or
   *     does not permit administrative facts in full
   */
  public String write(ProcessCase processCase) {
    return RjkitJson.write(toTree(processCase));
  }

  /**
   * A case, as {@link #write(ProcessCase)} writes it, indented by two spaces.
   *
   * @param processCase not null
   * @return the JSON text
   * @throws IllegalStateException for the redacting writer
   * @throws IllegalArgumentException as {@link #write(ProcessCase)} does
   */
  public String writePretty(ProcessCase processCase) {
    return RjkitJson.writePretty(toTree(processCase));
  }

  /**
   * A case, as {@link #write(ProcessCase)} writes it, as a JSON tree.
   *
   * @param processCase not null
   * @return a new tree
   * @throws IllegalStateException for the redacting writer
   * @throws IllegalArgumentException as {@link #write(ProcessCase)} does
   */
  public ObjectNode toTree(ProcessCase processCase) {
    checkNotNull(processCase, "processCase");
    DisclosureCapability cap = authority.orElseThrow(() -> new IllegalStateException(
        "the redacting writer writes views only: a case is written for a recipient on a "
            + "capability, and stored with ProcessHistoryStorageWriter"));
    checkArgument(cap.caseId().equals(processCase.caseId()),
        "the capability is bound to another case");
    checkArgument(cap.recipient().participant().isEmpty(),
        "a participant receives a view of the case, not its history");
    checkArgument(cap.permitsAdministrativeFacts(),
        "the capability does not permit administrative facts in full");
    ObjectNode root = mapper.createObjectNode();
    root.put("caseId", processCase.caseId().value());
    root.put("programme", processCase.programme().value());
    root.put("processType", processCase.processType().name());
    root.put("stage", processCase.stage().name());
    processCase.closure().ifPresent(c -> root.put("closure", c.name()));
    root.put("asOf", processCase.asOf().toString());
    ArrayNode history = root.putArray("history");
    for (ProcessEvent e : processCase.history()) {
      history.add(withoutNulls(mapper.valueToTree(e)));
    }
    return root;
  }

  /**
   * A view of a case, as built for its recipient, on one line.
   *
   * @param view not null
   * @return the JSON text
   */
  public String write(CaseView view) {
    return RjkitJson.write(toTree(view));
  }

  /**
   * A view of a case, indented by two spaces.
   *
   * @param view not null
   * @return the JSON text
   */
  public String writePretty(CaseView view) {
    return RjkitJson.writePretty(toTree(view));
  }

  /**
   * A view of a case as a JSON tree.
   *
   * @param view not null
   * @return a new tree
   */
  public ObjectNode toTree(CaseView view) {
    checkNotNull(view, "view");
    return (ObjectNode) withoutNulls(mapper.valueToTree(view));
  }

  /** Leaves out every object member whose value is absent (written as null by Jackson). */
  private static JsonNode withoutNulls(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      List<String> absent = new ArrayList<>();
      object.fields().forEachRemaining(f -> {
        if (f.getValue().isNull()) {
          absent.add(f.getKey());
        } else {
          withoutNulls(f.getValue());
        }
      });
      object.remove(absent);
    } else if (node.isArray()) {
      node.forEach(ProcessJson::withoutNulls);
    }
    return node;
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

  /** A decision as its fields: policy, request, permission, rule, exception ground. */
  private static final class DecisionSerializer extends JsonSerializer<DisclosureDecision> {
    @Override
    public void serialize(DisclosureDecision d, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField("policyId", d.policyId());
      provider.defaultSerializeField("request", d.request(), gen);
      gen.writeStringField("permission", d.permission().name());
      gen.writeStringField("ruleId", d.ruleId());
      if (d.exception().isPresent()) {
        gen.writeStringField("exception", d.exception().get().name());
      }
      gen.writeEndObject();
    }
  }

  /** A capability as what it is bound to: case, recipient, purpose, date and items. */
  private static final class CapabilitySerializer extends JsonSerializer<DisclosureCapability> {
    @Override
    public void serialize(DisclosureCapability c, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField("caseId", c.caseId().value());
      gen.writeStringField("recipient", c.recipient().toString());
      gen.writeStringField("purpose", c.purpose().name());
      gen.writeStringField("on", c.on().toString());
      gen.writeArrayFieldStart("items");
      for (var item : c.items()) {
        gen.writeString(item.toString());
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
  }

  /** A text as one member per configured language, keyed by its tag, English first. */
  private static final class TextSerializer extends JsonSerializer<Text> {
    @Override
    public void serialize(Text text, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      for (Language language : Messages.configured()) {
        gen.writeStringField(language.tag(), text.in(language));
      }
      gen.writeEndObject();
    }
  }

  private static final class ContentSerializer extends JsonSerializer<ProcessContent> {
    private final Optional<DisclosureCapability> authority;

    ContentSerializer(Optional<DisclosureCapability> authority) {
      this.authority = authority;
    }

    @Override
    public void serialize(ProcessContent value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (authority.filter(a -> a.covers(value)).isPresent()) {
        gen.writeString(value.reveal(authority.get()));
      } else {
        gen.writeStartObject();
        gen.writeBooleanField("redacted", true);
        gen.writeEndObject();
      }
    }
  }

  private static final class TermSerializer extends JsonSerializer<AgreementTerm> {
    private final Optional<DisclosureCapability> authority;

    TermSerializer(Optional<DisclosureCapability> authority) {
      this.authority = authority;
    }

    @Override
    public void serialize(AgreementTerm term, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField("kind", term.kind().name());
      boolean reveal = authority.filter(a -> term.contents().stream().allMatch(a::covers))
          .isPresent();
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
