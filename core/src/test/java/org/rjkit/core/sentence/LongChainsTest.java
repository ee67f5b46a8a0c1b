package org.rjkit.core.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rjkit.core.truth.Truth;

/**
 * Issue 8, "input that cannot crash or stall": the sizes that failed. A chain of 4,500 terms threw
 * {@code StackOverflowError} (recursive chain collection); checking {@code consecutiveTo} walked
 * from every sentence to the chain's start (10,000 links: 13 s; 30,000: 120 s); a comb of 3,000
 * links with 30,000 followers copied each chain (860 MB). The timeouts below are stall guards,
 * a hundred times what the linear code needs, not measurements (those are in the benchmarks
 * module, {@code LongChainBenchmark}).
 */
@DisplayName("Sentences: long chains and wide ones are decided without recursion or copies")
class LongChainsTest {

  private static final LocalDate START = LocalDate.of(2020, 1, 1);
  private static final Duration STALL = Duration.ofSeconds(20);

  /** A chain S0 <- S1 <- ... of one-day terms, listed from the first term or from the last. */
  static Sentences chain(int links, boolean lastFirst) {
    List<Sentence> list = new ArrayList<>(links);
    for (int i = 0; i < links; i++) {
      list.add(link(i));
    }
    if (lastFirst) {
      java.util.Collections.reverse(list);
    }
    return new Sentences(list);
  }

  private static Sentence link(int i) {
    Optional<LocalDate> start = i == 0 ? Optional.of(START) : Optional.empty();
    return new Sentence.Imprisonment(new Imposition(SentenceId.of("S" + i), List.of(), start,
        start, i == 0 ? Optional.empty() : Optional.of(SentenceId.of("S" + (i - 1)))),
        Period.ofDays(1));
  }

  @ParameterizedTest(name = "{0} links")
  @ValueSource(ints = {4_500, 100_000})
  void a_long_chain_is_one_chain_summed_without_recursion(int links) {
    Sentences sentences = assertTimeoutPreemptively(STALL, () -> chain(links, true));
    List<SentenceChain> chains = assertTimeoutPreemptively(STALL, sentences::chains);
    assertEquals(1, chains.size());
    SentenceChain only = chains.get(0);
    assertEquals(links, only.links().size());
    assertEquals(SentenceId.of("S0"), only.ids().get(0));
    assertEquals(SentenceId.of("S" + (links - 1)), only.ids().get(links - 1));
    assertEquals(Optional.of(Period.ofDays(links)), only.aggregateTerm());
    assertEquals(Optional.of(START.plusDays(links)), sentences.determinateExpiry());
    // 730 one-day terms from 1 January 2020 reach two years (2020 is a leap year: 731 days)
    assertEquals(Truth.of(links >= 731), only.isTwoYearsOrMore());
    PenitentiaryFinding finding = assertTimeoutPreemptively(STALL, sentences::penitentiary);
    assertEquals(Truth.YES, finding.penitentiary());
    assertEquals(links, finding.sentences().size());
    assertEquals(Truth.YES, sentences.penitentiaryServiceOn(START.plusDays(links - 1)).serving());
    assertEquals(Truth.NO, sentences.penitentiaryServiceOn(START.plusDays(links)).serving());
  }

  @ParameterizedTest(name = "{0} links")
  @ValueSource(ints = {10_000, 30_000, 100_000})
  void consecutive_links_are_checked_in_one_pass(int links) {
    assertTimeoutPreemptively(STALL, () -> chain(links, false));
    // the same chain closed into a cycle, and pointing at a missing sentence, still fails
    List<Sentence> cycle = new ArrayList<>(chain(links, false).all());
    cycle.set(0, new Sentence.Imprisonment(new Imposition(SentenceId.of("S0"), List.of(),
        Optional.of(START), Optional.of(START), Optional.of(SentenceId.of("S" + (links - 1)))),
        Period.ofDays(1)));
    assertThrows(IllegalArgumentException.class,
        () -> assertTimeoutPreemptively(STALL, () -> new Sentences(cycle)));
    List<Sentence> dangling = new ArrayList<>(chain(links, false).all());
    dangling.set(0, new Sentence.Imprisonment(new Imposition(SentenceId.of("S0"), List.of(),
        Optional.of(START), Optional.of(START), Optional.of(SentenceId.of("missing"))),
        Period.ofDays(1)));
    assertThrows(IllegalArgumentException.class,
        () -> assertTimeoutPreemptively(STALL, () -> new Sentences(dangling)));
  }

  /**
   * A spine of 3,000 one-day links, each followed by ten more one-day terms: 30,000 chains of
   * up to 3,001 terms. The chains share the spine: a chain is a view on the case's terms, never a
   * copy, so that 30,000 chains take memory linear in the 33,000 sentences.
   */
  @Test
  void the_chains_of_a_comb_share_their_common_first_terms() {
    int spine = 3_000;
    int teeth = 10;
    List<Sentence> list = new ArrayList<>();
    for (int i = 0; i < spine; i++) {
      list.add(link(i));
    }
    for (int i = 0; i < spine; i++) {
      for (int k = 0; k < teeth; k++) {
        list.add(new Sentence.Imprisonment(Imposition.consecutiveTo(
            SentenceId.of("T" + i + "-" + k), SentenceId.of("S" + i)), Period.ofDays(1)));
      }
    }
    Sentences comb = new Sentences(list);
    List<SentenceChain> chains = assertTimeoutPreemptively(STALL, comb::chains);
    assertEquals(spine * teeth, chains.size());
    // depth first, followers in document order: the first chain runs the whole spine then
    // T2999-0; the last is S0 then T0-9
    SentenceChain first = chains.get(0);
    assertEquals(spine + 1, first.links().size());
    assertEquals(SentenceId.of("T2999-0"), first.ids().get(spine));
    assertEquals(SentenceId.of("S1500"), first.ids().get(1500));
    assertEquals(Optional.of(Period.ofDays(spine + 1)), first.aggregateTerm());
    assertTrue(List.of(SentenceId.of("S0"), SentenceId.of("T0-9"))
        .equals(chains.get(chains.size() - 1).ids()), "the last chain is S0, T0-9");
    // no chain holds its own copy of the spine
    for (SentenceChain chain : chains) {
      assertTrue(chain.links() instanceof ChainForest.Path, "a view, not a copy");
    }
    assertEquals(Truth.YES, assertTimeoutPreemptively(STALL, comb::penitentiary).penitentiary());
    assertEquals(Optional.of(START.plusDays(spine + 1)), comb.determinateExpiry());
  }
}
