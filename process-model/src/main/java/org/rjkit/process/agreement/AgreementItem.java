package org.rjkit.process.agreement;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.rjkit.core.participant.ParticipantId;

/**
 * One item of an outcome agreement and the parties concerned, each of whom must assent to it.
 *
 * @param id the item's id, not null
 * @param term what it commits to, not null
 * @param concerned the parties who must assent, not empty, without duplicates
 * @since 1.0
 */
public record AgreementItem(AgreementItemId id, AgreementTerm term,
    List<ParticipantId> concerned) {

  /**
   * Checks the components: each is present and valid, or this throws.
   *
   * @param id the item's id, not null
   * @param term what it commits to, not null
   * @param concerned the parties who must assent, not empty, without duplicates
   */
  public AgreementItem {
    checkNotNull(id, "id");
    checkNotNull(term, "term");
    concerned = ImmutableList.copyOf(concerned);
    checkArgument(!concerned.isEmpty(), "an agreement item concerns at least one party");
    checkArgument(concerned.stream().distinct().count() == concerned.size(),
        "concerned must not repeat a participant");
  }
}
