package org.rjkit.core.truth;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

/** Kleene's three-valued logic: an unknown fact never becomes a no. */
class TruthProperties {

  @Property
  @Label("NO dominates a conjunction and YES a disjunction, whatever is unknown")
  boolean dominance(@ForAll Truth a) {
    return Truth.NO.and(a) == Truth.NO && Truth.YES.or(a) == Truth.YES;
  }

  @Property
  @Label("conjunction and disjunction are commutative, and De Morgan's laws hold")
  boolean de_morgan(@ForAll Truth a, @ForAll Truth b) {
    return a.and(b) == b.and(a) && a.or(b) == b.or(a)
        && a.and(b).not() == a.not().or(b.not());
  }

  @Property
  @Label("learning an unknown fact never flips a known answer")
  boolean monotone(@ForAll Truth a, @ForAll Truth b, @ForAll Truth known) {
    Truth withUnknown = Truth.UNKNOWN.and(b);
    Truth withKnown = known.and(b);
    return withUnknown == Truth.UNKNOWN || withUnknown == withKnown;
  }
}
