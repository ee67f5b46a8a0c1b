package org.rjkit.eligibility;

import static com.google.common.base.Preconditions.checkNotNull;

import org.rjkit.core.language.Language;
import org.rjkit.core.language.Message;
import org.rjkit.core.language.Text;
import org.rjkit.core.RjkitException;
import org.rjkit.core.screening.ProgrammeId;

/**
 * No version of a programme's rule set is in force on the date asked for: the date is before the
 * programme's first version. The JSON layer reports it as an input error at {@code $.asOf}.
 *
 * <p>Like every rjkit exception it carries no input value: it names the programme and its first
 * version, never the date that was asked for. Its {@link #text()} says so in the reader's
 * language; its {@link #getMessage()} is the English text.
 *
 * @since 1.0
 */
public final class RuleSetNotInForceException extends RjkitException {

  private static final long serialVersionUID = 1L;

  /** The programme asked for. */
  private final ProgrammeId programme;
  /** The first rule-set version of the programme. */
  private final String firstVersion;

  /**
   * The refusal for a programme whose first rule-set version is later than the date asked for.
   *
   * @param programme the programme, not null
   * @param firstVersion the label of the programme's first rule-set version, not null
   */
  public RuleSetNotInForceException(ProgrammeId programme, String firstVersion) {
    super(text(checkNotNull(programme, "programme"),
        checkNotNull(firstVersion, "firstVersion")).in(Language.EN));
    this.programme = programme;
    this.firstVersion = firstVersion;
  }

  private static Message text(ProgrammeId programme, String firstVersion) {
    return Message.of("refusal.ruleSetNotInForce", programme.value(), firstVersion);
  }

  /**
   * What went wrong, for a person, in any configured language.
   *
   * @return the message (key {@code refusal.ruleSetNotInForce}, the programme id and the first
   *     version as arguments)
   */
  public Text text() {
    return text(programme, firstVersion);
  }

  /**
   * The programme.
   *
   * @return the programme's id
   */
  public ProgrammeId programme() {
    return programme;
  }

  /**
   * The label of the programme's first rule-set version.
   *
   * @return the label
   */
  public String firstVersion() {
    return firstVersion;
  }
}
