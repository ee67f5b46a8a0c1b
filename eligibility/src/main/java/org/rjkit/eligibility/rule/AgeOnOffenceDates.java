package org.rjkit.eligibility.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rjkit.core.language.Text;
import org.rjkit.core.offence.Offence;
import org.rjkit.core.participant.Offender;

/**
 * The offender's age on the date of every offence is in a range: at least {@code minimumAge}
 * and, when {@code underAge} is given, under it. Ages are whole years by calendar arithmetic
 * ({@link Offender#ageOn}): a person born on 29 February turns a year older on 1 March of a
 * common year. An unknown date of birth, unknown offences or an unknown offence date is
 * UNKNOWN; a case that states no offence at all is NOT_MET.
 *
 * @param minimumAge the youngest age accepted, 0 or more
 * @param underAge when present, the age from which the programme no longer applies; greater
 *     than {@code minimumAge}
 * @since 1.0
 */
public record AgeOnOffenceDates(int minimumAge, Optional<Integer> underAge)
    implements RuleDefinition {

  /**
   * Checks the range.
   *
   * @param minimumAge the youngest age accepted, 0 or more
   * @param underAge when present, the age from which the programme no longer applies; greater than
   *     {@code minimumAge}
   */
  public AgeOnOffenceDates {
    checkArgument(minimumAge >= 0, "minimumAge must not be negative");
    checkNotNull(underAge, "underAge");
    underAge.ifPresent(u -> checkArgument(u > minimumAge, "underAge must exceed minimumAge"));
  }

  /**
   * At least a given age, no upper bound.
   *
   * @param minimumAge 0 or more
   * @return the definition
   */
  public static AgeOnOffenceDates atLeast(int minimumAge) {
    return new AgeOnOffenceDates(minimumAge, Optional.empty());
  }

  /**
   * At least {@code minimumAge} and under {@code underAge}.
   *
   * @param minimumAge 0 or more
   * @param underAge greater than {@code minimumAge}
   * @return the definition
   */
  public static AgeOnOffenceDates between(int minimumAge, int underAge) {
    return new AgeOnOffenceDates(minimumAge, Optional.of(underAge));
  }

  @Override
  public Finding evaluate(ScreeningFacts facts) {
    Optional<Offender> offender = facts.offender();
    if (offender.isEmpty()) {
      return facts.offenderUnknown();
    }
    String dobPath = ScreeningFacts.participant(offender.get().id(), "dateOfBirth");
    Optional<List<Offence>> offences = facts.caseFile().offences();
    List<String> missing = new ArrayList<>(2);
    if (offender.get().dateOfBirth().isEmpty()) {
      missing.add(dobPath);
    }
    if (offences.isEmpty()) {
      missing.add("offences");
      return Finding.unknown(Finding.text("reason.AgeOnOffenceDates.offencesUnknown"), missing);
    }
    if (offences.get().isEmpty()) {
      return Finding.notMet(Finding.text("reason.AgeOnOffenceDates.noOffence"),
          List.of("offences"));
    }
    List<String> used = new ArrayList<>();
    used.add(dobPath);
    for (int i = 0; i < offences.get().size(); i++) {
      String datePath = ScreeningFacts.offence(i, "committedOn");
      used.add(datePath);
      if (offences.get().get(i).committedOn().isEmpty()) {
        missing.add(datePath);
      }
    }
    if (offender.get().dateOfBirth().isPresent()) {
      LocalDate dob = offender.get().dateOfBirth().get();
      for (int i = 0; i < offences.get().size(); i++) {
        Offence offence = offences.get().get(i);
        if (offence.committedOn().isPresent()) {
          int age = Offender.ageOn(dob, offence.committedOn().get());
          if (age < minimumAge || underAge.filter(u -> age >= u).isPresent()) {
            return Finding.notMet(Finding.text("reason.AgeOnOffenceDates.outside",
                    offence.id().value(), range()),
                List.of(dobPath, ScreeningFacts.offence(i, "committedOn")));
          }
        }
      }
    }
    if (!missing.isEmpty()) {
      return Finding.unknown(Finding.text("reason.AgeOnOffenceDates.dateUnknown"), used,
          missing);
    }
    return Finding.met(Finding.text("reason.AgeOnOffenceDates.met", range()), used);
  }

  private Text range() {
    return underAge.<Text>map(u -> Finding.text("reason.AgeOnOffenceDates.range.between",
            minimumAge, u))
        .orElseGet(() -> Finding.text("reason.AgeOnOffenceDates.range.atLeast", minimumAge));
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
