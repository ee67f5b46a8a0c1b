package org.rjkit.core.casefile;

/**
 * The identifier of a case, unique within its document. Opaque: never a person's name.
 *
 * @param value matches {@link org.rjkit.core.casefile.Identifier#SYNTAX}
 */
public record CaseId(String value) implements Comparable<CaseId> {

  public CaseId {
    Identifier.check(value, "case id");
  }

  /**
   * The identifier with this value.
   *
   * @param value matches {@link org.rjkit.core.casefile.Identifier#SYNTAX}
   * @return the identifier
   */
  public static CaseId of(String value) {
    return new CaseId(value);
  }

  @Override
  public int compareTo(CaseId other) {
    return value.compareTo(other.value);
  }

  /** The value, exactly as {@link #of(String)} accepts it. */
  @Override
  public String toString() {
    return value;
  }
}
