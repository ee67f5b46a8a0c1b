package org.rjkit.eligibility;

import static com.google.common.base.Preconditions.checkNotNull;

import org.rjkit.core.language.Language;
import org.rjkit.core.language.Message;
import org.rjkit.core.language.Text;
import org.rjkit.core.RjkitException;
import org.rjkit.core.screening.ProgrammeId;

/**
 * No programme with the requested id is registered. The JSON layer reports it as an input error
 * at {@code $.programme}. Its {@link #text()} says so in the reader's language; its
 * {@link #getMessage()} is the English text.
 *
 * @since 1.0
 */
public final class UnknownProgrammeException extends RjkitException {

  private static final long serialVersionUID = 1L;

  /** The programme asked for. */
  private final ProgrammeId programme;

  /**
   * The refusal for a programme id that no programme has.
   *
   * @param programme the id asked for, not null
   */
  public UnknownProgrammeException(ProgrammeId programme) {
    super(Message.of("refusal.unknownProgramme", checkNotNull(programme, "programme").value())
        .in(Language.EN));
    this.programme = programme;
  }

  /**
   * What went wrong, for a person, in any configured language.
   *
   * @return the message (key {@code refusal.unknownProgramme}, the programme id as argument)
   */
  public Text text() {
    return Message.of("refusal.unknownProgramme", programme.value());
  }

  /**
   * The id asked for.
   *
   * @return the id
   */
  public ProgrammeId programme() {
    return programme;
  }
}
