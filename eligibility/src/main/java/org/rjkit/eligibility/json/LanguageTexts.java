package org.rjkit.eligibility.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSortedSet;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.rjkit.core.citation.Citation;
import org.rjkit.core.json.internal.ObjectInput;
import org.rjkit.core.language.InvalidLanguageTagException;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.LocalizedText;
import org.rjkit.core.language.Message;
import org.rjkit.core.language.Messages;
import org.rjkit.core.language.Text;

/**
 * Texts keyed by language tag in the interchange format ({@code {"en": "…", "fr": "…",
 * "cy": "…"}}), and citations with their translations, as the decision and rule-set documents
 * write and read them.
 */
final class LanguageTexts {

  /** The languages every document carries, English first (an ordered set: output is stable). */
  static final Set<Language> ALWAYS = ImmutableSortedSet.of(Language.EN, Language.FR);

  private static final List<String> CITATION = List.of("instrument", "provision", "url",
      "translations");
  private static final List<String> TRANSLATION = List.of("instrument", "provision");

  private LanguageTexts() {}

  /**
   * The languages a writer writes: English and French always, then the ones asked for, each of
   * which must be configured ({@link Messages#isConfigured}).
   */
  static Set<Language> written(Set<Language> asked) {
    TreeSet<Language> languages = new TreeSet<>(ALWAYS);
    for (Language language : asked) {
      if (!Messages.isConfigured(language)) {
        throw new IllegalArgumentException("language " + language + " is not configured: add"
            + " its message bundles and list it in META-INF/rjkit/languages");
      }
      languages.add(language);
    }
    return languages;
  }

  /** Writes a text in each language, in order (English first). */
  static void write(ObjectNode node, Text text, Set<Language> languages) {
    for (Language language : languages) {
      node.put(language.tag(), text.in(language));
    }
  }

  /** Writes a text in every language it has, English first; a message in English and French. */
  static void write(ObjectNode node, Text text) {
    if (text instanceof LocalizedText localized) {
      localized.texts().forEach((language, s) -> node.put(language.tag(), s));
    } else {
      write(node, text, ALWAYS);
    }
  }

  /**
   * Reads a text keyed by language tag: English required, any other well-formed, normalized
   * tag allowed ({@code fr}, {@code cy}, {@code fr-CA}). A field name that is not one is
   * reported without being echoed.
   *
   * @param t the object, not null
   * @param what what the text is, for the messages
   * @return the text, or empty when a problem was reported
   */
  static Optional<LocalizedText> read(ObjectInput t, JsonNode node, Message what) {
    int before = t.problems().count();
    TreeMap<Language, String> texts = new TreeMap<>();
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      Optional<Language> language = tag(name);
      if (language.isEmpty()) {
        t.problems().report(t.path(), "input.text.notLanguageTag", what);
        continue;
      }
      t.nonBlank(name, true).ifPresent(s -> texts.put(language.get(), s));
    }
    if (!node.has(Language.EN.tag())) {
      t.nonBlank(Language.EN.tag(), true);
    }
    if (t.problems().count() > before) {
      return Optional.empty();
    }
    return Optional.of(LocalizedText.of(texts));
  }

  /** Reads a text field of an object: {@code o.field} keyed by language tag. */
  static Optional<LocalizedText> read(ObjectInput o, String field, Message what) {
    Optional<JsonNode> node = o.peek(field);
    return o.object(field, true, t -> read(t, node.orElseThrow(), what));
  }

  private static Optional<Language> tag(String name) {
    if (name.length() > 35) {
      return Optional.empty();
    }
    try {
      Language language = Language.of(name);
      return language.tag().equals(name) ? Optional.of(language) : Optional.empty();
    } catch (InvalidLanguageTagException e) {
      return Optional.empty();
    }
  }

  /**
   * Writes a citation: {@code instrument} and {@code provision} in English, {@code url} when
   * published, and {@code translations} when it has other languages:
   * {@code {"fr": {"instrument": "Code criminel", "provision": "art. 743.1"}}}, the instrument
   * given only for an official version in that language.
   */
  static void writeCitation(ObjectNode citation, Citation c) {
    citation.put("instrument", c.instrument());
    citation.put("provision", c.provision());
    c.url().ifPresent(u -> citation.put("url", u.toString()));
    ObjectNode translations = null;
    for (Map.Entry<Language, String> e : c.provisionText().texts().entrySet()) {
      Language language = e.getKey();
      if (language.equals(Language.EN)) {
        continue;
      }
      if (translations == null) {
        translations = citation.putObject("translations");
      }
      ObjectNode t = translations.putObject(language.tag());
      if (c.isOfficialIn(language)) {
        t.put("instrument", c.instrumentText().in(language));
      }
      t.put("provision", e.getValue());
    }
  }

  /** Reads a citation written by {@link #writeCitation}; reports every problem. */
  static Optional<Citation> readCitation(ObjectInput c) {
    int before = c.problems().count();
    c.allowOnly(CITATION, Message.of("input.what.citation"));
    Optional<String> instrument = c.nonBlank("instrument", true);
    Optional<String> provision = c.nonBlank("provision", true);
    boolean hasUrl = c.peek("url").isPresent();
    Optional<URI> url = c.uri("url", false);
    if (url.isPresent() && !Citation.isWebAddress(url.get())) {
      c.problems().report(c.path("url"), "input.webUrl");
      url = Optional.empty();
    }
    List<Translation> translations = new ArrayList<>();
    Optional<JsonNode> node = c.peek("translations");
    if (node.isPresent()) {
      c.object("translations", false).ifPresent(t -> {
        Iterator<String> names = node.get().fieldNames();
        while (names.hasNext()) {
          String name = names.next();
          Optional<Language> language = tag(name);
          if (language.isEmpty() || language.get().equals(Language.EN)) {
            t.problems().report(t.path(), "input.citation.notTranslationTag");
            continue;
          }
          t.object(name, true).ifPresent(one -> {
            one.allowOnly(TRANSLATION, Message.of("input.what.translation"));
            Optional<String> title = one.peek("instrument").isPresent()
                ? one.nonBlank("instrument", true) : Optional.empty();
            one.nonBlank("provision", true).ifPresent(p ->
                translations.add(new Translation(language.get(), title, p)));
          });
        }
      });
    }
    if (c.problems().count() > before || (hasUrl && url.isEmpty())) {
      return Optional.empty();
    }
    Citation citation = new Citation(instrument.orElseThrow(), provision.orElseThrow(), url);
    for (Translation t : translations) {
      citation = t.instrument().isPresent()
          ? citation.withOfficial(t.language(), t.instrument().get(), t.provision())
          : citation.withProvision(t.language(), t.provision());
    }
    return Optional.of(citation);
  }

  private record Translation(Language language, Optional<String> instrument, String provision) {}
}
