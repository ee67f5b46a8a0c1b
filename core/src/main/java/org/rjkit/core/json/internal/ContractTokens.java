package org.rjkit.core.json.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.Message;
import org.rjkit.core.language.Messages;

/**
 * Internal: tokens of the contract (field names, JSON enum values, programme ids) listed in an
 * input error, as a reader must type them. English lists them as they are, separated by
 * {@code ", "} ({@code VICTIM, OFFENDER}); French puts each between « » and follows an enum
 * value with its label when it has one ({@code « VICTIM » (victime), « OFFENDER » (…)}), so
 * that a quoted token is never taken for a stray constant. The bundle keys are {@code token}
 * and {@code token.labelled}; a language without them reads them in English.
 */
public final class ContractTokens {

  private ContractTokens() {}

  /**
   * Tokens without labels: field names, identifiers.
   *
   * @param tokens the tokens in the order listed, not null
   * @return the list as a message argument; {@code list.none} when empty
   */
  public static Message of(Collection<String> tokens) {
    checkNotNull(tokens, "tokens");
    List<Message> each = new ArrayList<>(tokens.size());
    for (String token : tokens) {
      each.add(Message.of("token", token));
    }
    return joined(each);
  }

  /**
   * Enum values written as their names, each with its label when the bundles have one.
   *
   * @param values the constants in the order listed, not null
   * @return the list as a message argument; {@code list.none} when empty
   */
  public static Message values(Collection<? extends Enum<?>> values) {
    checkNotNull(values, "values");
    List<Message> each = new ArrayList<>(values.size());
    for (Enum<?> value : values) {
      each.add(Messages.has(Language.EN, Messages.enumKey(value))
          ? Message.of("token.labelled", value.name(), value)
          : Message.of("token", value.name()));
    }
    return joined(each);
  }

  /** The tokens separated by {@code list.middle}, {@code ", "} in English and French. */
  private static Message joined(List<Message> each) {
    if (each.isEmpty()) {
      return Message.of("list.none");
    }
    Message out = each.get(0);
    for (int i = 1; i < each.size(); i++) {
      out = Message.of("list.middle", out, each.get(i));
    }
    return out;
  }
}
