package org.rjkit.process.disclosure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.language.BilingualText;
import org.rjkit.core.language.Language;
import org.rjkit.process.confidentiality.DisclosureCapability;
import org.rjkit.process.confidentiality.DisclosureDecision;
import org.rjkit.process.confidentiality.InformationClass;
import org.rjkit.process.confidentiality.Permission;
import org.rjkit.process.confidentiality.Purpose;
import org.rjkit.process.confidentiality.Recipient;

/**
 * What a recipient may know of a case, for a purpose, as a policy decided: the administrative
 * facts and history (absent when administrative facts are denied: then not even participation is
 * disclosed), and the process content entries (absent when process content is denied; without
 * their content unless it is permitted). Built by {@link Disclosures}.
 *
 * <p>{@link #toString()} shows only the recipient and the permissions; {@link #render(Language)}
 * writes the view out for its recipient.
 *
 * @param recipient who the view is for, not null
 * @param purpose why, not null
 * @param administrative the decision about administrative facts, not null
 * @param content the decision about process content, not null
 * @param facts the administrative facts, absent when denied
 * @param history the history, administrative descriptions only; empty when denied
 * @param entries the process content entries; empty when denied
 * @param capability the capability minted with the view; an entry's content is shown only when
 *     the capability covers it, not null
 */
public record CaseView(Recipient recipient, Purpose purpose, DisclosureDecision administrative,
    DisclosureDecision content, Optional<CaseFacts> facts, List<HistoryLine> history,
    List<ContentEntry> entries, DisclosureCapability capability) {

  public CaseView {
    checkNotNull(recipient, "recipient");
    checkNotNull(purpose, "purpose");
    checkNotNull(administrative, "administrative");
    checkNotNull(content, "content");
    checkArgument(administrative.request().information() == InformationClass.ADMINISTRATIVE,
        "administrative must decide administrative facts");
    checkArgument(content.request().information() == InformationClass.PROCESS_CONTENT,
        "content must decide process content");
    checkNotNull(facts, "facts");
    history = ImmutableList.copyOf(history);
    entries = ImmutableList.copyOf(entries);
    boolean adminDenied = administrative.permission() == Permission.DENIED;
    checkArgument(!adminDenied || (facts.isEmpty() && history.isEmpty() && entries.isEmpty()),
        "a view denied administrative facts discloses nothing");
    checkArgument(content.permission() != Permission.DENIED || entries.isEmpty(),
        "a view denied process content lists no entries");
    checkArgument(content.permitsProcessContent()
            || entries.stream().allMatch(e -> e.content().isEmpty()),
        "a view shows content only when process content is permitted");
    checkNotNull(capability, "capability");
    checkArgument(capability.recipient().equals(recipient) && capability.purpose() == purpose,
        "the capability must be for the view's recipient and purpose");
    checkArgument(entries.stream().allMatch(e -> e.content().map(capability::covers)
            .orElse(true)), "a view shows only content its capability covers");
  }

  /**
   * The text for a recipient told nothing: the same for a case whose administrative facts are
   * denied to them as for a case that does not exist.
   */
  static String nothing(Recipient recipient, Purpose purpose, Language language) {
    checkNotNull(recipient, "recipient");
    checkNotNull(purpose, "purpose");
    checkNotNull(language, "language");
    return text(language, "View for ", "Vue pour ") + recipient + " (" + purpose + ")\n"
        + text(language, "Nothing may be disclosed.", "Rien ne peut être divulgué.") + "\n";
  }

  /** Whether the view discloses nothing at all. */
  public boolean isEmpty() {
    return facts.isEmpty() && history.isEmpty() && entries.isEmpty();
  }

  /**
   * The view written out for its recipient, in one language: the decisions with their rules, then
   * the facts, the history and the entries, with content where it is permitted.
   *
   * @param language not null
   * @return the text, lines separated by {@code \n}
   */
  public String render(Language language) {
    checkNotNull(language, "language");
    if (administrative.permission() == Permission.DENIED) {
      return nothing(recipient, purpose, language);
    }
    StringBuilder out = new StringBuilder();
    out.append(text(language, "View for ", "Vue pour ")).append(recipient).append(" (")
        .append(purpose).append(")\n");
    decision(out, language, administrative);
    decision(out, language, content);
    if (isEmpty()) {
      out.append(text(language, "Nothing may be disclosed.", "Rien ne peut être divulgué."))
          .append('\n');
      return out.toString();
    }
    facts.ifPresent(f -> {
      out.append(text(language, "Case: ", "Dossier : "))
          .append(f.caseId().map(Object::toString).orElse("[redacted]")).append(", ")
          .append(f.programme()).append(", ").append(f.processType().label().in(language))
          .append(", ").append(f.stage()).append(f.closure().map(r -> " " + r).orElse(""))
          .append('\n');
      out.append(text(language, "Participants: ", "Participants : "))
          .append(String.join(", ", f.participants())).append('\n');
    });
    if (!history.isEmpty()) {
      out.append(text(language, "History:", "Historique :")).append('\n');
      for (HistoryLine h : history) {
        out.append("  ").append(h.on()).append("  ").append(h.description().in(language))
            .append('\n');
      }
    }
    if (!entries.isEmpty()) {
      out.append(text(language, "Process content:", "Contenu du processus :")).append('\n');
      for (ContentEntry e : entries) {
        out.append("  ").append(e.on()).append("  ").append(e.description().in(language));
        out.append(e.content().map(c -> ": \u00ab" + c.reveal(capability) + "\u00bb")
            .orElse(" [" + text(language, "content withheld", "contenu retenu") + "]"));
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static void decision(StringBuilder out, Language language, DisclosureDecision d) {
    out.append("  ").append(d.request().information()).append(": ").append(d.permission())
        .append(" - ").append(d.ruleId()).append(": ").append(d.reason().in(language));
    if (!d.citations().isEmpty()) {
      out.append(" (").append(d.citations().get(0)).append(')');
    }
    out.append('\n');
  }

  private static String text(Language language, String en, String fr) {
    return BilingualText.of(en, fr).in(language);
  }

  /** {@code CaseView[recipient, purpose, administrative=..., content=..., n entries]}. */
  @Override
  public String toString() {
    return "CaseView[" + recipient + ", " + purpose + ", administrative="
        + administrative.permission() + ", content=" + content.permission() + ", "
        + entries.size() + " entries]";
  }
}
