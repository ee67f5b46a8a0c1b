package org.rjkit.process.confidentiality;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.Set;

/**
 * Not API. The check behind the library's minting paths: an operation that creates authority
 * (a {@link DisclosureCapability}, a recorded disclosure, access to the text of {@link
 * ProcessContent}) runs only when the code calling it is one of the library classes allowed to,
 * loaded by the same class loader as the library. Unlike package-private access, this cannot be
 * gained by declaring a class in one of the library's packages.
 *
 * @since 1.0
 */
public final class Trusted {

  /** The library's entry point for disclosures. */
  public static final String DISCLOSURES = "org.rjkit.process.disclosure.Disclosures";
  /** The case itself (its guarded fold and its equality). */
  public static final String PROCESS_CASE = "org.rjkit.process.lifecycle.ProcessCase";
  /** The guards of the lifecycle, which compare content the case holds. */
  public static final String GUARDS = "org.rjkit.process.lifecycle.Guards";
  /** The storage writer of the process history document (it writes process content). */
  public static final String HISTORY_STORAGE_WRITER =
      "org.rjkit.process.json.ProcessHistoryStorageWriter";
  /** The storage reader of the process history document (it records stored disclosures). */
  public static final String HISTORY_STORAGE_READER =
      "org.rjkit.process.json.ProcessHistoryStorageReader";
  /** The writer of content for a recipient, on a capability. */
  public static final String PROCESS_JSON = "org.rjkit.process.json.ProcessJson";

  private static final StackWalker WALKER =
      StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  private Trusted() {}

  /**
   * The class that called {@code self}: the first frame, going outwards, whose class is neither
   * this class nor {@code self}.
   */
  static Optional<Class<?>> callerOf(Class<?> self) {
    return WALKER.walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
        .filter(c -> c != Trusted.class && c != self)
        .findFirst());
  }

  /**
   * Whether the code calling {@code self} is one of the allowed library classes.
   *
   * @param self the class whose caller is checked, not null
   * @param allowed the fully qualified names of the allowed callers, not null
   * @return true when the caller is allowed
   */
  public static boolean callerOfIsOneOf(Class<?> self, Set<String> allowed) {
    checkNotNull(self, "self");
    checkNotNull(allowed, "allowed");
    return callerOf(self).filter(c -> allowed.contains(c.getName())
        && c.getClassLoader() == Trusted.class.getClassLoader()).isPresent();
  }

  /**
   * Refuses, with an {@link IllegalStateException} naming the operation, unless the code calling
   * {@code self} is one of the allowed library classes.
   */
  static void require(Class<?> self, String operation, String... allowed) {
    if (!callerOfIsOneOf(self, ImmutableSet.copyOf(allowed))) {
      throw new IllegalStateException(operation + " is reserved to the library");
    }
  }
}
