package org.rjkit.samples.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rjkit.core.consent.ConsentForm;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.Messages;
import org.rjkit.core.safety.RiskLevel;
import org.rjkit.eligibility.Outcome;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.rule.RuleStatus;
import org.rjkit.eligibility.screening.ProgrammeRegistry;
import org.rjkit.process.agreement.ItemKind;
import org.rjkit.process.agreement.ItemStatus;
import org.rjkit.process.communication.MessageStatus;
import org.rjkit.process.confidentiality.Purpose;
import org.rjkit.process.confidentiality.RecipientKind;
import org.rjkit.process.lifecycle.ClosureReason;
import org.rjkit.process.lifecycle.ProcessStage;
import org.rjkit.process.lifecycle.ReviewOutcome;
import org.rjkit.process.type.Channel;
import org.rjkit.process.type.ProcessType;

/**
 * The caseworker pages, rendered in the language the page asks for ({@code ?lang=fr}; English
 * otherwise). Every text of a page comes from the service's bundle ({@code page.*} keys) or, for
 * an enum value, from the library's label of it: a template names texts as
 * {@code {{t:key}}} and choices as {@code {{options:Enum}}}, and the page's script receives the
 * same texts and labels ({@code {{texts}}}), so that what it writes (decisions, the timeline,
 * errors) is in the page's language too. Enum values stay the machine values of the
 * {@code value} attributes that the API receives.
 */
final class Pages {

  /** The pages, by the path they are served at. */
  static final Map<String, String> PAGES = Map.of("/", "index.html", "/index.html", "index.html",
      "/intake.html", "intake.html", "/case.html", "case.html");

  /** The enums whose labels the pages' scripts read, by the simple name that keys them. */
  private static final List<Enum<?>[]> LABELLED = List.of(ProcessStage.values(),
      ProcessType.values(), ClosureReason.values(), ReviewOutcome.values(), ItemStatus.values(),
      ItemKind.values(), MessageStatus.values(), Channel.values(), RecipientKind.values(),
      Purpose.values(), ConsentForm.values(), RiskLevel.values(), Outcome.values(),
      RuleStatus.values());

  /** The stages a caseworker moves a case to from the case page, in order. */
  private static final List<ProcessStage> STAGES = List.of(ProcessStage.ASSESSMENT,
      ProcessStage.PREPARATION, ProcessStage.COMMUNICATION, ProcessStage.AGREEMENT,
      ProcessStage.FOLLOW_UP);

  /** The process type the intake page offers first, as it always has. */
  private static final ProcessType DEFAULT_PROCESS_TYPE = ProcessType.INDIRECT_MEDIATION;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z]+)(?::([A-Za-z.]+))?}}");

  private final ProgrammeRegistry registry;

  Pages(ProgrammeRegistry registry) {
    this.registry = registry;
  }

  /** Answers a page request. */
  void serve(Context ctx) {
    String page = PAGES.get(ctx.path());
    Language language = ServiceText.page(ctx.queryParam("lang"));
    ctx.header("Content-Language", language.tag());
    ctx.attribute("rjkit.answered", Boolean.TRUE);
    ctx.status(200).contentType("text/html; charset=utf-8").result(render(page, language));
  }

  /** A page in a language. */
  String render(String page, Language language) {
    String template = template(page);
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(fill(m.group(1), m.group(2), language)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String fill(String kind, String argument, Language language) {
    return switch (kind) {
      case "lang" -> language.tag();
      case "t" -> escape(ServiceText.format(language, "page." + argument));
      case "languages" -> languages(language);
      case "programmes" -> programmes(language);
      case "options" -> options(argument, language);
      case "texts" -> texts(language);
      default -> throw new IllegalArgumentException("no placeholder " + kind);
    };
  }

  private static String languages(Language language) {
    StringBuilder out = new StringBuilder();
    for (Language l : ServiceText.LANGUAGES) {
      out.append("<option value=\"").append(l.tag()).append('"')
          .append(l.equals(language) ? " selected" : "").append('>')
          .append(escape(ServiceText.format(language, "page.language." + l.tag())))
          .append("</option>");
    }
    return out.toString();
  }

  private String programmes(Language language) {
    StringBuilder out = new StringBuilder();
    for (Programme p : registry.all()) {
      out.append("<option value=\"").append(escape(p.id().value())).append("\">")
          .append(escape(p.name().in(language))).append("</option>");
    }
    return out.toString();
  }

  private static String options(String type, Language language) {
    List<? extends Enum<?>> values = switch (type) {
      case "ProcessType" -> List.of(ProcessType.values());
      case "ConsentForm" -> List.of(ConsentForm.values());
      case "ProcessStage" -> STAGES;
      case "RiskLevel" -> List.of(RiskLevel.values());
      case "RecipientKind" -> List.of(RecipientKind.values());
      case "Purpose" -> List.of(Purpose.values());
      default -> throw new IllegalArgumentException("no options for " + type);
    };
    StringBuilder out = new StringBuilder();
    for (Enum<?> v : values) {
      out.append("<option value=\"").append(v.name()).append('"')
          .append(v == DEFAULT_PROCESS_TYPE ? " selected" : "").append('>')
          .append(escape(Messages.label(language, v))).append("</option>");
    }
    return out.toString();
  }

  /**
   * The texts the pages' scripts read: the {@code page.*} texts without their prefix, and the
   * label of every enum value they show, keyed {@code <Enum>.<CONSTANT>}.
   */
  static String texts(Language language) {
    ObjectNode texts = JsonNodeFactory.instance.objectNode();
    ServiceText.all(language).forEach((key, text) -> {
      if (key.startsWith("page.")) {
        texts.put(key.substring("page.".length()), text);
      }
    });
    for (Enum<?>[] values : LABELLED) {
      for (Enum<?> v : values) {
        texts.put(Messages.enumKey(v), Messages.label(language, v));
      }
    }
    // Inside a script element: no "</" may close it early.
    return ServiceJson.write(texts).replace("</", "<\\/");
  }

  private static String template(String page) {
    try (InputStream in = Pages.class.getResourceAsStream("templates/" + page)) {
      if (in == null) {
        throw new IllegalArgumentException("no page " + page);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Escapes text for an HTML element or a quoted attribute. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
