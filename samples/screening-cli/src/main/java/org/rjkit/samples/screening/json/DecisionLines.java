package org.rjkit.samples.screening.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.Message;
import org.rjkit.core.language.Text;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.rule.Phase;
import org.rjkit.eligibility.rule.RuleResult;
import org.rjkit.eligibility.rule.RuleStatus;

/**
 * Writes decisions as JSON Lines straight to a byte stream with one Jackson
 * {@link JsonGenerator}: each decision is encoded to UTF-8 once, with no tree and no
 * {@code String} in between. The bytes are those of
 * {@link org.rjkit.eligibility.json.DecisionWriter#toJson} followed by the platform's line
 * separator, which is what {@code PrintStream.println} of that text writes (a test checks it on
 * every bundled decision); field names and the fixed parts of the document are encoded once.
 *
 * <p>Not thread-safe: one instance per thread, each with its own stream.
 */
public final class DecisionLines {

  /** No separator between root values: each decision ends with the line separator instead. */
  private static final JsonFactory FACTORY = new JsonFactoryBuilder()
      .rootValueSeparator((SerializableString) null)
      .build();

  private static final SerializableString SCHEMA_VERSION = name("schemaVersion");
  private static final SerializableString PROGRAMME = name("programme");
  private static final SerializableString RULE_SET_VERSION = name("ruleSetVersion");
  private static final SerializableString AS_OF = name("asOf");
  private static final SerializableString CASE_ID = name("caseId");
  private static final SerializableString OUTCOME = name("outcome");
  private static final SerializableString PHASES = name("phases");
  private static final SerializableString RULES = name("rules");
  private static final SerializableString ID = name("id");
  private static final SerializableString PHASE = name("phase");
  private static final SerializableString STATUS = name("status");
  private static final SerializableString REASON = name("reason");
  private static final SerializableString EN = name("en");
  private static final SerializableString FR = name("fr");
  private static final SerializableString CITATIONS = name("citations");
  private static final SerializableString INSTRUMENT = name("instrument");
  private static final SerializableString PROVISION = name("provision");
  private static final SerializableString URL = name("url");
  private static final SerializableString FACTS = name("facts");
  private static final SerializableString MISSING_FACTS = name("missingFacts");
  private static final SerializableString SCHEMA_VERSION_VALUE =
      name(Decision.SCHEMA_VERSION);
  private static final SerializableString[] PHASE_KEYS = phaseKeys();
  private static final SerializableString[] PHASE_NAMES = enumNames(Phase.values());
  private static final SerializableString[] OUTCOME_NAMES = enumNames(Outcome.values());
  private static final SerializableString[] STATUS_NAMES = enumNames(RuleStatus.values());

  private static final byte[] LINE_END =
      System.lineSeparator().getBytes(StandardCharsets.UTF_8);

  /** Distinct lists of citations kept encoded, per writer; beyond, they are written anew. */
  private static final int MAX_CACHED_CITATION_LISTS = 1_024;

  private final OutputStream out;
  private final JsonGenerator generator;
  private final Map<List<Citation>, SerializableString> encodedCitations = new HashMap<>();
  /**
   * The same lists by identity: rules hand out shared constant lists, whose identity is found
   * without hashing every citation's texts; a list met for the first time is looked up by value.
   */
  private final Map<List<Citation>, SerializableString> citationsByIdentity =
      new IdentityHashMap<>();

  /** Distinct reasons kept encoded, per writer; beyond, they are formatted anew. */
  private static final int MAX_CACHED_REASONS = 2_048;

  /**
   * Reasons already formatted in both languages and encoded as the {@code reason} object: a
   * message's text follows from its key and arguments (values compared by value), and the same
   * reasons come back in decision after decision. Only messages whose arguments are all plain
   * values (strings, enums, dates, periods, whole numbers, messages and lists of these) are kept.
   */
  private final Map<Message, SerializableString> encodedReasons = new HashMap<>();

  /**
   * @param out where the lines go, not null; it is flushed after each decision, so give a
   *     buffer (or an in-memory stream)
   */
  public DecisionLines(OutputStream out) {
    this.out = out;
    try {
      this.generator = FACTORY.createGenerator(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes one decision and a line end.
   *
   * @param decision not null
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Decision decision) {
    try {
      JsonGenerator g = generator;
      g.writeStartObject();
      g.writeFieldName(SCHEMA_VERSION);
      g.writeString(SCHEMA_VERSION_VALUE);
      g.writeFieldName(PROGRAMME);
      g.writeString(decision.programme().value());
      g.writeFieldName(RULE_SET_VERSION);
      g.writeString(decision.ruleSetVersion());
      g.writeFieldName(AS_OF);
      g.writeString(decision.asOf().toString());
      g.writeFieldName(CASE_ID);
      g.writeString(decision.caseId().value());
      g.writeFieldName(OUTCOME);
      g.writeString(OUTCOME_NAMES[decision.outcome().ordinal()]);
      g.writeFieldName(PHASES);
      g.writeStartObject();
      for (Map.Entry<Phase, Outcome> e : decision.phases().entrySet()) {
        g.writeFieldName(PHASE_KEYS[e.getKey().ordinal()]);
        g.writeString(OUTCOME_NAMES[e.getValue().ordinal()]);
      }
      g.writeEndObject();
      g.writeFieldName(RULES);
      g.writeStartArray();
      for (RuleResult r : decision.rules()) {
        g.writeStartObject();
        g.writeFieldName(ID);
        g.writeString(r.ruleId());
        g.writeFieldName(PHASE);
        g.writeString(PHASE_NAMES[r.phase().ordinal()]);
        g.writeFieldName(STATUS);
        g.writeString(STATUS_NAMES[r.status().ordinal()]);
        g.writeFieldName(REASON);
        SerializableString reason = encodedReason(r.reason());
        if (reason != null) {
          g.writeRawValue(reason);
        } else {
          reason(g, r.reason());
        }
        g.writeFieldName(CITATIONS);
        SerializableString citations = encoded(r.citations());
        if (citations != null) {
          g.writeRawValue(citations);
        } else {
          citations(g, r.citations());
        }
        g.writeFieldName(FACTS);
        strings(g, r.facts());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeFieldName(MISSING_FACTS);
      strings(g, decision.missingFacts());
      g.writeEndObject();
      g.flush();
      out.write(LINE_END);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void reason(JsonGenerator g, Text reason) throws IOException {
    g.writeStartObject();
    g.writeFieldName(EN);
    g.writeString(reason.in(Language.EN));
    g.writeFieldName(FR);
    g.writeString(reason.in(Language.FR));
    g.writeEndObject();
  }

  /**
   * A rule's reason as the JSON object this writer writes, formatted and encoded the first time
   * it is met; null when it is not a message of plain values or the cache is full.
   */
  private SerializableString encodedReason(Text reason) throws IOException {
    if (!(reason instanceof Message message)) {
      return null;
    }
    SerializableString found = encodedReasons.get(message);
    if (found != null || encodedReasons.size() >= MAX_CACHED_REASONS || !plain(message)) {
      return found;
    }
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(256);
    try (JsonGenerator g = FACTORY.createGenerator(bytes)) {
      reason(g, message);
    }
    SerializableString encoded = new SerializedString(bytes.toString(StandardCharsets.UTF_8));
    encodedReasons.put(message, encoded);
    return encoded;
  }

  /** Whether a message's arguments are all values whose equality means the same text. */
  private static boolean plain(Message message) {
    for (Object argument : message.arguments()) {
      if (!plainArgument(argument)) {
        return false;
      }
    }
    return true;
  }

  private static boolean plainArgument(Object argument) {
    if (argument instanceof String || argument instanceof Enum<?> || argument instanceof Integer
        || argument instanceof Long || argument instanceof LocalDate
        || argument instanceof Period) {
      return true;
    }
    if (argument instanceof Message m) {
      return plain(m);
    }
    if (argument instanceof List<?> values) {
      for (Object value : values) {
        if (!plainArgument(value)) {
          return false;
        }
      }
      return true;
    }
    return false; // BigDecimal (scale), Amount, other Text: formatted each time
  }

  private static void citations(JsonGenerator g, List<Citation> citations) throws IOException {
    g.writeStartArray();
    for (Citation c : citations) {
      g.writeStartObject();
      g.writeFieldName(INSTRUMENT);
      g.writeString(c.instrument());
      g.writeFieldName(PROVISION);
      g.writeString(c.provision());
      if (c.url().isPresent()) {
        g.writeFieldName(URL);
        g.writeString(c.url().get().toString());
      }
      translations(g, c);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** A citation's translations, as {@code DecisionWriter} writes them (other languages only). */
  private static void translations(JsonGenerator g, Citation c) throws IOException {
    boolean open = false;
    for (Map.Entry<Language, String> e : c.provisionText().texts().entrySet()) {
      if (e.getKey().equals(Language.EN)) {
        continue;
      }
      if (!open) {
        g.writeFieldName("translations");
        g.writeStartObject();
        open = true;
      }
      g.writeFieldName(e.getKey().tag());
      g.writeStartObject();
      if (c.isOfficialIn(e.getKey())) {
        g.writeFieldName(INSTRUMENT);
        g.writeString(c.instrumentText().in(e.getKey()));
      }
      g.writeFieldName(PROVISION);
      g.writeString(e.getValue());
      g.writeEndObject();
    }
    if (open) {
      g.writeEndObject();
    }
  }

  /**
   * A rule's citations as the JSON array this writer writes, encoded the first time they are met
   * and then copied as bytes: the same few lists of citations come back in every decision and
   * make about half of its bytes. Null once the cache is full (then they are written as usual).
   */
  private SerializableString encoded(List<Citation> citations) throws IOException {
    SerializableString same = citationsByIdentity.get(citations);
    if (same != null) {
      return same;
    }
    SerializableString found = encodedCitations.get(citations);
    if (found != null) {
      if (citationsByIdentity.size() < MAX_CACHED_CITATION_LISTS) {
        citationsByIdentity.put(citations, found);
      }
      return found;
    }
    if (encodedCitations.size() >= MAX_CACHED_CITATION_LISTS) {
      return null;
    }
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(256);
    try (JsonGenerator g = FACTORY.createGenerator(bytes)) {
      citations(g, citations);
    }
    SerializableString encoded = new SerializedString(bytes.toString(StandardCharsets.UTF_8));
    encodedCitations.put(List.copyOf(citations), encoded);
    return encoded;
  }

  private static void strings(JsonGenerator g, List<String> values) throws IOException {
    g.writeStartArray();
    for (int i = 0; i < values.size(); i++) {
      g.writeString(values.get(i));
    }
    g.writeEndArray();
  }

  private static SerializableString name(String name) {
    return new SerializedString(name);
  }

  private static SerializableString[] phaseKeys() {
    Phase[] phases = Phase.values();
    SerializableString[] keys = new SerializableString[phases.length];
    for (Phase p : phases) {
      keys[p.ordinal()] = name(p.name().toLowerCase(Locale.ROOT));
    }
    return keys;
  }

  private static SerializableString[] enumNames(Enum<?>[] values) {
    SerializableString[] names = new SerializableString[values.length];
    for (Enum<?> v : values) {
      names[v.ordinal()] = name(v.name());
    }
    return names;
  }
}
