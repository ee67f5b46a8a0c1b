package org.rjkit.eligibility.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashSet;
import java.util.List;
import org.rjkit.core.language.Message;
import org.rjkit.core.language.Text;

/**
 * What a rule definition found in a case, before it is labelled with the rule's id, phase and
 * citations.
 *
 * @param status the result, not null
 * @param reason what was found, a message formatted only when read ({@link Message} for the
 *     built-in rule definitions), never personal data; not null
 * @param facts the fact paths used, without duplicates, in the order used
 * @param missingFacts the fact paths missing, among {@code facts}; not empty exactly when the
 *     status is UNKNOWN
 * @since 1.0
 */
public record Finding(RuleStatus status, Text reason, List<String> facts,
    List<String> missingFacts) {

  /**
   * Copies and checks the lists.
    *
    * @param status the result, not null
    * @param reason what was found, a message formatted only when read ({@link Message} for the
    *     built-in rule definitions), never personal data; not null
    * @param facts the fact paths used, without duplicates, in the order used
    * @param missingFacts the fact paths missing, among {@code facts}; not empty exactly when the
    *     status is UNKNOWN
   */
  public Finding {
    checkNotNull(status, "status");
    checkNotNull(reason, "reason");
    facts = distinct(facts);
    missingFacts = distinct(missingFacts);
    checkArgument(missingFacts.isEmpty() == (status != RuleStatus.UNKNOWN),
        "missing facts are stated exactly when the status is UNKNOWN");
    checkArgument(missingFacts.isEmpty()
        || com.google.common.collect.ImmutableSet.copyOf(facts).containsAll(missingFacts),
        "missing facts must be among the facts");
  }

  /**
   * The list without repeats, first occurrences kept in order. A rule uses a handful of facts,
   * rarely twice: the common case is checked pair by pair and kept as it is when already
   * immutable ({@link #immutable}), without building a set.
   */
  static List<String> distinct(List<String> values) {
    if (values instanceof SentenceFacts.Distinct) {
      return ImmutableList.copyOf(values);
    }
    int size = values.size();
    if (size > 16) {
      return ImmutableList.copyOf(new LinkedHashSet<>(values));
    }
    for (int i = 1; i < size; i++) {
      String value = values.get(i);
      for (int j = 0; j < i; j++) {
        if (values.get(j).equals(value)) {
          return ImmutableList.copyOf(new LinkedHashSet<>(values));
        }
      }
    }
    return immutable(values);
  }

  /**
   * The list itself when it is immutable already (Guava's {@link ImmutableList}, or the JDK's
   * {@link List#of} and {@link List#copyOf}, which hold no null), otherwise an immutable copy
   * that refuses nulls: the rules' constant and {@code List.of} fact lists are not copied again
   * for every decision.
   */
  static <T> List<T> immutable(List<T> values) {
    return values instanceof ImmutableList ? values : List.copyOf(values);
  }

  /**
   * A reason from the eligibility bundle ({@code org/rjkit/eligibility/messages.properties}).
   *
   * @param key the key, such as {@code reason.StageIn.met}
   * @param arguments the arguments, of the types {@link Message} accepts
   * @return the message, formatted when read
   */
  static Message text(String key, Object... arguments) {
    return Message.of(key, arguments);
  }

  /**
   * The reasons of a key whose one argument is a value of an enum, made once for every value:
   * the same messages as {@link #text}, shared by every decision.
   *
   * @param key the key
   * @param type the enum of the argument
   * @return a message for each value
   */
  static <E extends Enum<E>> java.util.Map<E, Message> byValue(String key, Class<E> type) {
    java.util.EnumMap<E, Message> all = new java.util.EnumMap<>(type);
    for (E value : type.getEnumConstants()) {
      all.put(value, text(key, value));
    }
    return com.google.common.collect.Maps.immutableEnumMap(all);
  }

  /** The condition holds. */
  static Finding met(Text reason, List<String> facts) {
    return new Finding(RuleStatus.MET, reason, facts, List.of());
  }

  /** The condition does not hold. */
  static Finding notMet(Text reason, List<String> facts) {
    return new Finding(RuleStatus.NOT_MET, reason, facts, List.of());
  }

  /** The facts are known and a decision-maker must review them. */
  static Finding review(Text reason, List<String> facts) {
    return new Finding(RuleStatus.REVIEW, reason, facts, List.of());
  }

  /** A result of a given status, UNKNOWN excepted. */
  static Finding of(RuleStatus status, Text reason, List<String> facts) {
    checkArgument(status != RuleStatus.UNKNOWN, "an UNKNOWN finding names its missing facts");
    return new Finding(status, reason, facts, List.of());
  }

  /** Facts are missing; they are all among the facts used. */
  static Finding unknown(Text reason, List<String> missing) {
    return new Finding(RuleStatus.UNKNOWN, reason, missing, missing);
  }

  /** Facts are missing, among other facts used. */
  static Finding unknown(Text reason, List<String> facts, List<String> missing) {
    List<String> all = new java.util.ArrayList<>(facts);
    all.addAll(missing);
    return new Finding(RuleStatus.UNKNOWN, reason, all, missing);
  }
}
