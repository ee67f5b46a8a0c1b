package org.rjkit.benchmarks;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.rjkit.eligibility.json.ScreeningRequestReader;
import org.rjkit.core.offence.OffenceId;
import org.rjkit.core.sentence.Imposition;
import org.rjkit.core.sentence.Sentence;
import org.rjkit.core.sentence.SentenceId;
import org.rjkit.core.sentence.Sentences;
import org.rjkit.core.truth.Truth;

/**
 * The Criminal Code s.743.1 arithmetic, {@code Sentences.penitentiary()}, on consecutive terms:
 * building the chains and adding their terms from the start date.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class PenitentiaryBenchmark {

  /** Links in the long chain: eight terms of three months, exactly two years together. */
  static final int LONG_CHAIN_LINKS = 8;

  private Sentences twoTerms;
  private Sentences eightTerms;

  /** Takes the sample's two terms and builds the long chain; checks both are penitentiary. */
  @Setup
  public void setUp() {
    twoTerms = ScreeningRequestReader.builtIn().read(Cases.CSC_CONSECUTIVE.json())
        .caseFile().sentences().orElseThrow();
    OffenceId offence = OffenceId.of("O1");
    List<Sentence> chain = new ArrayList<>();
    chain.add(new Sentence.Imprisonment(
        Imposition.startingOn(SentenceId.of("S1"), LocalDate.of(2025, 6, 2), offence),
        Period.ofMonths(3)));
    for (int i = 2; i <= LONG_CHAIN_LINKS; i++) {
      chain.add(new Sentence.Imprisonment(Imposition.consecutiveTo(
          SentenceId.of("S" + i), SentenceId.of("S" + (i - 1)), offence), Period.ofMonths(3)));
    }
    eightTerms = new Sentences(chain);
    if (twoTerms.penitentiary().penitentiary() != Truth.YES
        || eightTerms.penitentiary().penitentiary() != Truth.YES) {
      throw new IllegalStateException("the benchmark chains must make a penitentiary sentence");
    }
  }

  /** Two consecutive twelve-month terms (the CSC sample case 02). */
  @Benchmark
  public void twoConsecutiveTerms(Blackhole blackhole) {
    blackhole.consume(twoTerms.penitentiary());
  }

  /** Eight consecutive three-month terms. */
  @Benchmark
  public void eightConsecutiveTerms(Blackhole blackhole) {
    blackhole.consume(eightTerms.penitentiary());
  }
}
