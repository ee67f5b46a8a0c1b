package org.rjkit.process.disclosure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.casefile.CaseId;
import org.rjkit.core.language.Amount;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.Message;
import org.rjkit.core.language.Text;
import org.rjkit.process.agreement.AgreementTerm;
import org.rjkit.process.agreement.Money;
import org.rjkit.process.confidentiality.DisclosureCapability;
import org.rjkit.process.confidentiality.DisclosureDecision;
import org.rjkit.process.confidentiality.InformationClass;
import org.rjkit.process.confidentiality.Permission;
import org.rjkit.process.confidentiality.ProcessContent;
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
 * @since 1.0
 */
public record CaseView(Recipient recipient, Purpose purpose, DisclosureDecision administrative,
    DisclosureDecision content, Optional<CaseFacts> facts, List<HistoryLine> history,
    List<ContentEntry> entries, DisclosureCapability capability) {

  /**
   * Checks the view holds only what its decisions and its capability allow.
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
            || entries.stream().noneMatch(ContentEntry::showsContent),
        "a view shows content only when process content is permitted");
    checkNotNull(capability, "capability");
    checkArgument(capability.recipient().equals(recipient) && capability.purpose() == purpose,
        "the capability must be for the view's recipient and purpose");
    checkArgument(entries.stream().allMatch(e -> e.content().map(capability::covers)
            .orElse(true) && e.term().map(t -> t.contents().stream().allMatch(capability::covers))
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
    return header(recipient, purpose).in(language) + "\n"
        + Message.of("view.nothing").in(language) + "\n";
  }

  private static Text header(Recipient recipient, Purpose purpose) {
    return Message.of("view.header", recipientText(recipient, recipient.participant()
        .map(p -> (Object) p.value())), purpose);
  }

  /**
   * A recipient as a reader names them: the label of their kind ("the parole board"), or
   * "participant V1" with the name given.
   */
  static Object recipientText(Recipient recipient, java.util.Optional<Object> participantName) {
    return participantName.<Object>map(n -> Message.of("view.recipient.participant", n))
        .orElse(recipient.kind());
  }

  /** {@return whether the view discloses nothing at all} */
  public boolean isEmpty() {
    return facts.isEmpty() && history.isEmpty() && entries.isEmpty();
  }

  /**
   * The view written out for its recipient, in one language: the decisions with their rules, then
   * the facts, the history and the entries, with content where it is permitted. Every word comes
   * from the message bundles in that language (a language without a bundle of its own reads
   * English); what participants wrote or said is shown between « and », and only where the
   * view's capability covers it.
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
    out.append(header(recipient, purpose).in(language)).append('\n');
    decision(out, language, administrative);
    decision(out, language, content);
    if (isEmpty()) {
      out.append(Message.of("view.nothing").in(language)).append('\n');
      return out.toString();
    }
    facts.ifPresent(f -> {
      Object id = f.caseId().<Object>map(CaseId::value).orElse(Message.of("view.redactedId"));
      Message line = f.closure().isPresent()
          ? Message.of("view.case.closed", id, f.programme().value(), f.processType(),
              f.stage(), f.closure().get())
          : Message.of("view.case", id, f.programme().value(), f.processType(), f.stage());
      out.append(line.in(language)).append('\n');
      out.append(Message.of("view.participants", f.participants()).in(language)).append('\n');
    });
    if (!history.isEmpty()) {
      out.append(Message.of("view.history").in(language)).append('\n');
      for (HistoryLine h : history) {
        out.append("  ").append(h.on()).append("  ").append(h.description().in(language))
            .append('\n');
      }
    }
    if (!entries.isEmpty()) {
      out.append(Message.of("view.content").in(language)).append('\n');
      for (ContentEntry e : entries) {
        Message line;
        if (e.content().isPresent()) {
          line = Message.of("view.entry.content", e.description(), quoted(e.content().get()));
        } else if (e.term().isPresent()) {
          line = Message.of("view.entry.content", e.description(), termText(e.term().get()));
        } else {
          line = Message.of("view.entry.withheld", e.description());
        }
        out.append("  ").append(e.on()).append("  ").append(line.in(language)).append('\n');
      }
    }
    return out.toString();
  }

  private String quoted(ProcessContent c) {
    return "\u00ab" + c.reveal(capability) + "\u00bb";
  }

  /**
   * The term of an agreement item in words, its amounts as money and its dates by the reader's
   * locale, and each piece of content it holds quoted between « and ».
   */
  private Text termText(AgreementTerm term) {
    return switch (term.kind()) {
      case APOLOGY -> Message.of("term.apology", quoted(((AgreementTerm.Apology) term).form()));
      case FINANCIAL_COMPENSATION -> {
        AgreementTerm.FinancialCompensation f = (AgreementTerm.FinancialCompensation) term;
        List<Message> instalments = f.schedule().instalments().stream()
            .map(i -> Message.of("term.instalment", i.due(), amount(i.amount()))).toList();
        yield Message.of("term.financialCompensation", amount(f.amount()), instalments,
            quoted(f.purpose()));
      }
      case DONATION -> {
        AgreementTerm.Donation d = (AgreementTerm.Donation) term;
        yield Message.of("term.donation", amount(d.amount()), quoted(d.organisation()));
      }
      case COMMUNITY_SERVICE -> {
        AgreementTerm.CommunityService s = (AgreementTerm.CommunityService) term;
        yield Message.of(s.hours() == 1 ? "term.communityService.one"
            : "term.communityService.other", s.hours(), quoted(s.description()));
      }
      case REPAIR -> Message.of("term.repair", quoted(((AgreementTerm.Repair) term).description()));
      case OTHER -> Message.of("term.other", quoted(((AgreementTerm.Other) term).description()));
    };
  }

  private static Amount amount(Money money) {
    return new Amount(money.amount(), money.currency());
  }

  private static void decision(StringBuilder out, Language language, DisclosureDecision d) {
    Object[] parts = {d.request().information(), d.permission(), d.ruleId(), d.reason()};
    Message line = d.citations().isEmpty() ? Message.of("view.decision", parts)
        : Message.of("view.decision.cited", parts[0], parts[1], parts[2], parts[3],
            Message.of("view.citation", d.citations().get(0).instrument(),
                d.citations().get(0).provision()));
    out.append("  ").append(line.in(language)).append('\n');
  }

  /** {@code CaseView[recipient, purpose, administrative=..., content=..., n entries]}. */
  @Override
  public String toString() {
    return "CaseView[" + recipient + ", " + purpose + ", administrative="
        + administrative.permission() + ", content=" + content.permission() + ", "
        + entries.size() + " entries]";
  }
}
