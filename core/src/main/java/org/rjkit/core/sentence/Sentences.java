package org.rjkit.core.sentence;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
 * @since 1.0
 */
public record Sentences(List<Sentence> all) {

  /** Known: there is no sentence. */
  public static final Sentences NONE = new Sentences(List.of());

  /**
   * Checks the components.
   *
   * @param all the sentences in document order
   */
  public Sentences {
    if (!(all instanceof SentenceList)) {
      Sentence[] items = SentenceList.copy(all);
      Map<SentenceId, Integer> byId = new HashMap<>(items.length + items.length / 3 + 1);
      for (int i = 0; i < items.length; i++) {
        checkArgument(byId.put(items[i].id(), i) == null, "sentence ids must be unique");
      }
      all = new SentenceList(items, byId);
      checkChains((SentenceList) all);
    }
  }

  /** Checks that every {@code consecutiveTo} names another sentence, without a cycle. */
  private static void checkChains(SentenceList all) {
    // Each sentence is walked once: 1 while on the walk in progress, 2 once known to end.
    byte[] state = new byte[all.size()];
    int[] walk = new int[all.size()];
    for (int i = 0; i < all.size(); i++) {
      int length = 0;
      int cursor = i;
      while (state[cursor] == 0) {
        state[cursor] = 1;
        walk[length++] = cursor;
        Optional<SentenceId> next = all.get(cursor).consecutiveTo();
        if (next.isEmpty()) {
          break;
        }
        Integer target = all.positionOf(next.get());
        checkArgument(target != null, "consecutiveTo must name another sentence of the case");
        checkArgument(state[target] != 1, "consecutiveTo must not form a cycle");
        cursor = target;
      }
      for (int k = 0; k < length; k++) {
        state[walk[k]] = 2;
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

  /**
   * The sentence with an id, if any.
   *
   * @param id not null
   * @return the sentence with an id, or empty
   */
  public Optional<Sentence> byId(SentenceId id) {
    int i = indexOf(id);
    return i < 0 ? Optional.empty() : Optional.of(all.get(i));
  }

  /**
   * The index of a sentence in document order, or -1. Constant time: the ids are indexed once,
   * when the sentences are checked.
   *
   * @param id not null
   * @return the index, or -1
   */
  public int indexOf(SentenceId id) {
    Integer i = ((SentenceList) all).positionOf(id);
    return i == null ? -1 : i;
  }

  /**
   * Every chain of imprisonment terms, from a term that is not served after another term of
   * imprisonment to each term that nothing is served after, in document order of the first
   * terms, then depth first. Concurrent terms are separate chains; a term served after a
   * non-custodial sentence starts a chain of its own. The chains share their common first terms,
   * so that any number of them takes memory linear in the number of sentences.
   *
   * @return the chains, in document order of their last term
   */
  public List<SentenceChain> chains() {
    ChainForest forest = ((SentenceList) all).forest();
    ImmutableList.Builder<SentenceChain> chains = ImmutableList.builder();
    for (int leaf : forest.leaves) {
      chains.add(new SentenceChain(forest.path(leaf)));
    }
    return chains.build();
  }

  /**
   * Every sentence's index in document order, built in one pass.
   *
   * @return the index of each sentence by its id, in document order
   */
  public Map<SentenceId, Integer> positions() {
    return ((SentenceList) all).positions();
  }

  /**
   * Whether any sentence never expires: life or indeterminate.
   *
   * @return true when any sentence never expires
   */
  public boolean hasIndefiniteSentence() {
    return all.stream().anyMatch(s -> s instanceof Sentence.Life
        || s instanceof Sentence.Indeterminate);
  }

  /**
   * Whether the sentences make a penitentiary (federal) sentence, Criminal Code s.743.1(1): life;
   * an indeterminate sentence; a term of two years or more; or consecutive terms that in the
   * aggregate amount to two years or more. Concurrent terms never add up. Conditional sentences,
   * probation, fines and discharges never count.
   *
   * @return the finding, with the terms it rests on
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
    ChainForest forest = ((SentenceList) all).forest();
    boolean[] undecidedRoot = null;  // only once a chain is undecided
    for (int leaf : forest.leaves) {
      SentenceChain chain = new SentenceChain(forest.path(leaf));
      Truth reaches = chain.isTwoYearsOrMore();
      if (reaches == Truth.YES) {
        // one term: its id without walking the chain
        return chain.links().size() == 1
            ? new PenitentiaryFinding(Truth.YES,
                PenitentiaryFinding.Ground.TERM_OF_TWO_YEARS_OR_MORE,
                ImmutableList.of(chain.links().get(0).id()))
            : new PenitentiaryFinding(Truth.YES,
                PenitentiaryFinding.Ground.CONSECUTIVE_TERMS_OF_TWO_YEARS_OR_MORE, chain.ids());
      }
      if (reaches == Truth.UNKNOWN) {
        if (undecidedRoot == null) {
          undecidedRoot = new boolean[forest.terms.length];
        }
        undecidedRoot[forest.root[leaf]] = true;
      }
    }
    if (undecidedRoot != null) {
      // every term of an undecided chain, each once, in document order
      List<SentenceId> undecided = new ArrayList<>();
      for (int t = 0; t < forest.terms.length; t++) {
        if (undecidedRoot[forest.root[t]]) {
          undecided.add(forest.terms[t].id());
        }
      }
      return new PenitentiaryFinding(Truth.UNKNOWN,
          PenitentiaryFinding.Ground.START_DATE_NEEDED, undecided);
    }
    return new PenitentiaryFinding(Truth.NO, PenitentiaryFinding.Ground.UNDER_TWO_YEARS,
        all.stream().map(Sentence::id).toList());
  }

  /**
   * When the determinate sentences expire: the latest end of every chain of imprisonment. Empty
   * when there is no term of imprisonment or any chain's start is unknown.
   *
   * @return the latest end of every chain, or empty
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

  /**
   * Whether the offender is serving a penitentiary sentence on a date, by the sentences' dates
   * alone: see {@link PenitentiaryService}. Life and indeterminate sentences never expire; a
   * chain of two years or more ends at its start plus its aggregate, and the offender is under it
   * on the days before its end; a term imposed ({@code imposedOn}) on a day the offender was
   * subject to a penitentiary term (from that term's imposition, or start, to its end) is served
   * in a penitentiary (s.743.1(2)) and extends it to its own end. Time and memory are
   * {@code O(n log n)} in the number of sentences.
   *
   * @param on not null
   * @return the answer and the terms it rests on
   */
  public PenitentiaryService penitentiaryServiceOn(LocalDate on) {
    checkArgument(on != null, "on must not be null");
    if (hasIndefiniteSentence()) {
      return new PenitentiaryService(Truth.YES, List.of(), List.of());
    }
    ChainForest forest = ((SentenceList) all).forest();
    int n = forest.terms.length;
    byte[] kind = new byte[n]; // 0 provincial, 1 penitentiary, 2 perhaps (start unknown)
    for (int leaf : forest.leaves) {
      Aggregate sum = forest.through[leaf];
      Optional<LocalDate> start = forest.terms[forest.root[leaf]].startsOn();
      Truth reaches = start.isPresent()
          ? Truth.of(sum.reaches(start.get(), Aggregate.TWO_YEARS))
          : sum.reachesFromAnyStart(Aggregate.TWO_YEARS);
      byte mark = reaches == Truth.YES ? (byte) 1 : reaches == Truth.UNKNOWN ? (byte) 2 : 0;
      for (int t = leaf; mark != 0 && t >= 0 && kind[t] != 1 && kind[t] != mark; ) {
        kind[t] = mark;
        t = forest.parent[t];
      }
    }
    Intervals served = new Intervals();
    LocalDate latestEnd = LocalDate.MIN;
    boolean[] rootNeeded = new boolean[n];
    for (int t = 0; t < n; t++) {
      if (kind[t] != 0) {
        Optional<LocalDate> start = forest.terms[forest.root[t]].startsOn();
        if (start.isPresent()) {
          latestEnd = served.add(forest, t, start.get(), latestEnd);
        } else {
          rootNeeded[forest.root[t]] = true;
        }
      }
    }
    // s.743.1(2), in order of imposition: a term imposed while a penitentiary sentence is served
    List<Integer> candidates = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      if (kind[t] == 0 && forest.terms[t].imposition().imposedOn().isPresent()) {
        candidates.add(t);
      }
    }
    candidates.sort(Comparator.comparing(
        (Integer t) -> forest.terms[t].imposition().imposedOn().orElseThrow()));
    boolean[] byImposition = new boolean[n];
    for (int t : candidates) {
      if (served.contains(forest.terms[t].imposition().imposedOn().orElseThrow())) {
        byImposition[t] = true;
        Optional<LocalDate> start = forest.terms[forest.root[t]].startsOn();
        if (start.isPresent()) {
          latestEnd = served.add(forest, t, start.get(), latestEnd);
        } else {
          rootNeeded[forest.root[t]] = true;
        }
      }
    }
    List<SentenceId> extra = new ArrayList<>();
    List<SentenceId> needed = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      if (byImposition[t]) {
        extra.add(forest.terms[t].id());
      }
      if (rootNeeded[t]) {
        needed.add(forest.terms[t].id());
      }
    }
    Truth serving = on.isBefore(latestEnd) ? Truth.YES
        : needed.isEmpty() ? Truth.NO : Truth.UNKNOWN;
    return new PenitentiaryService(serving, extra, serving == Truth.YES ? List.of() : needed);
  }

  /**
   * Disjoint half-open date intervals, merged as they are added: the days on which the offender
   * is subject to a penitentiary term, from its imposition (or its start, if earlier) to its end.
   */
  private static final class Intervals {
    private final TreeMap<LocalDate, LocalDate> byStart = new TreeMap<>();

    /** Adds a term's days and returns the later of its end and {@code latestEnd}. */
    LocalDate add(ChainForest forest, int t, LocalDate chainStart, LocalDate latestEnd) {
      int p = forest.parent[t];
      LocalDate from = p < 0 ? chainStart : forest.through[p].endFrom(chainStart);
      Optional<LocalDate> imposed = forest.terms[t].imposition().imposedOn();
      if (imposed.isPresent() && imposed.get().isBefore(from)) {
        from = imposed.get();
      }
      LocalDate until = forest.through[t].endFrom(chainStart);
      add(from, until);
      return until.isAfter(latestEnd) ? until : latestEnd;
    }

    void add(LocalDate from, LocalDate until) {
      if (!from.isBefore(until)) {
        return;
      }
      LocalDate s = from;
      LocalDate e = until;
      Map.Entry<LocalDate, LocalDate> before = byStart.floorEntry(s);
      if (before != null && !before.getValue().isBefore(s)) {
        s = before.getKey();
        e = before.getValue().isAfter(e) ? before.getValue() : e;
        byStart.remove(before.getKey());
      }
      Map.Entry<LocalDate, LocalDate> next = byStart.ceilingEntry(s);
      while (next != null && !next.getKey().isAfter(e)) {
        e = next.getValue().isAfter(e) ? next.getValue() : e;
        byStart.remove(next.getKey());
        next = byStart.ceilingEntry(s);
      }
      byStart.put(s, e);
    }

    boolean contains(LocalDate day) {
      Map.Entry<LocalDate, LocalDate> entry = byStart.floorEntry(day);
      return entry != null && day.isBefore(entry.getValue());
    }
  }
}
