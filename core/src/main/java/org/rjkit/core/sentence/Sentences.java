package org.rjkit.core.sentence;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rjkit.core.truth.Truth;

/**
 * The sentences of a case, with the Criminal Code s.743.1 arithmetic: which terms are served one
 * after the other, whether they make a penitentiary sentence, and when a determinate sentence
 * expires.
 *
 * <p>Always valid: ids are unique, and every {@code consecutiveTo} names another sentence of the
 * list without forming a cycle.
 *
 * @param all the sentences in document order
 */
public record Sentences(List<Sentence> all) {

  /** Known: there is no sentence. */
  public static final Sentences NONE = new Sentences(List.of());

  public Sentences {
    all = ImmutableList.copyOf(all);
    Map<SentenceId, Sentence> byId = new LinkedHashMap<>();
    for (Sentence s : all) {
      checkArgument(byId.put(s.id(), s) == null, "sentence ids must be unique");
    }
    for (Sentence s : all) {
      Set<SentenceId> seen = new HashSet<>();
      Optional<SentenceId> next = s.consecutiveTo();
      seen.add(s.id());
      while (next.isPresent()) {
        checkArgument(byId.containsKey(next.get()),
            "consecutiveTo must name another sentence of the case");
        checkArgument(seen.add(next.get()), "consecutiveTo must not form a cycle");
        next = byId.get(next.get()).consecutiveTo();
      }
    }
  }

  /**
   * Sentences in the order given.
   *
   * @param sentences not null
   * @return the sentences
   */
  public static Sentences of(Sentence... sentences) {
    return new Sentences(List.of(sentences));
  }

  /** The sentence with an id, if any. */
  public Optional<Sentence> byId(SentenceId id) {
    return all.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The index of a sentence in document order, or -1. */
  public int indexOf(SentenceId id) {
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Every chain of imprisonment terms, from a term that is not served after another term of
   * imprisonment to each term that nothing is served after, in document order. Concurrent terms
   * are separate chains; a term served after a non-custodial sentence starts a chain of its own.
   */
  public List<SentenceChain> chains() {
    Map<SentenceId, List<Sentence.Imprisonment>> followers = new LinkedHashMap<>();
    List<Sentence.Imprisonment> roots = new ArrayList<>();
    ImmutableMap<SentenceId, Sentence> byId =
        all.stream().collect(ImmutableMap.toImmutableMap(Sentence::id, s -> s));
    for (Sentence s : all) {
      if (s instanceof Sentence.Imprisonment term) {
        Optional<Sentence> before = term.consecutiveTo().map(byId::get);
        if (before.isPresent() && before.get() instanceof Sentence.Imprisonment) {
          followers.computeIfAbsent(before.get().id(), k -> new ArrayList<>()).add(term);
        } else {
          roots.add(term);
        }
      }
    }
    ImmutableList.Builder<SentenceChain> chains = ImmutableList.builder();
    for (Sentence.Imprisonment root : roots) {
      collect(List.of(root), followers, chains);
    }
    return chains.build();
  }

  private static void collect(List<Sentence.Imprisonment> path,
      Map<SentenceId, List<Sentence.Imprisonment>> followers,
      ImmutableList.Builder<SentenceChain> chains) {
    List<Sentence.Imprisonment> next = followers.getOrDefault(path.get(path.size() - 1).id(),
        List.of());
    if (next.isEmpty()) {
      chains.add(new SentenceChain(path));
      return;
    }
    for (Sentence.Imprisonment n : next) {
      List<Sentence.Imprisonment> longer = new ArrayList<>(path);
      longer.add(n);
      collect(longer, followers, chains);
    }
  }

  /** Whether any sentence never expires: life or indeterminate. */
  public boolean hasIndefiniteSentence() {
    return all.stream().anyMatch(s -> s instanceof Sentence.Life
        || s instanceof Sentence.Indeterminate);
  }

  /**
   * Whether the sentences make a penitentiary (federal) sentence, Criminal Code s.743.1(1): life;
   * an indeterminate sentence; a term of two years or more; or consecutive terms that in the
   * aggregate amount to two years or more. Concurrent terms never add up. Conditional sentences,
   * probation, fines and discharges never count.
   */
  public PenitentiaryFinding penitentiary() {
    for (Sentence s : all) {
      if (s instanceof Sentence.Life) {
        return new PenitentiaryFinding(Truth.YES, PenitentiaryFinding.Ground.LIFE,
            List.of(s.id()));
      }
    }
    for (Sentence s : all) {
      if (s instanceof Sentence.Indeterminate) {
        return new PenitentiaryFinding(Truth.YES, PenitentiaryFinding.Ground.INDETERMINATE,
            List.of(s.id()));
      }
    }
    if (all.isEmpty()) {
      return new PenitentiaryFinding(Truth.NO, PenitentiaryFinding.Ground.NO_SENTENCE, List.of());
    }
    List<SentenceChain> chains = chains();
    List<SentenceId> undecided = new ArrayList<>();
    for (SentenceChain chain : chains) {
      Truth reaches = chain.isTwoYearsOrMore();
      if (reaches == Truth.YES) {
        return new PenitentiaryFinding(Truth.YES, chain.links().size() == 1
            ? PenitentiaryFinding.Ground.TERM_OF_TWO_YEARS_OR_MORE
            : PenitentiaryFinding.Ground.CONSECUTIVE_TERMS_OF_TWO_YEARS_OR_MORE, chain.ids());
      }
      if (reaches == Truth.UNKNOWN) {
        undecided.addAll(chain.ids());
      }
    }
    if (!undecided.isEmpty()) {
      return new PenitentiaryFinding(Truth.UNKNOWN,
          PenitentiaryFinding.Ground.START_DATE_NEEDED, undecided.stream().distinct().toList());
    }
    return new PenitentiaryFinding(Truth.NO, PenitentiaryFinding.Ground.UNDER_TWO_YEARS,
        all.stream().map(Sentence::id).toList());
  }

  /**
   * When the determinate sentences expire: the latest end of every chain of imprisonment. Empty
   * when there is no term of imprisonment or any chain's start is unknown.
   */
  public Optional<LocalDate> determinateExpiry() {
    List<SentenceChain> chains = chains();
    if (chains.isEmpty() || chains.stream().anyMatch(c -> c.start().isEmpty())) {
      return Optional.empty();
    }
    return chains.stream().map(c -> c.end().orElseThrow()).max(LocalDate::compareTo);
  }

  /**
   * Whether the offender is still under sentence on a date, derived from the sentences alone:
   * life and indeterminate sentences never expire; otherwise the days before the determinate
   * expiry. UNKNOWN when a start date is missing; NO when there is no custodial sentence.
   *
   * @param on not null
   * @return the three-valued answer
   */
  public Truth isUnderCustodialSentenceOn(LocalDate on) {
    if (hasIndefiniteSentence()) {
      return Truth.YES;
    }
    List<SentenceChain> chains = chains();
    Truth any = Truth.NO;
    for (SentenceChain chain : chains) {
      any = any.or(chain.isServedOn(on));
    }
    return any;
  }
}
