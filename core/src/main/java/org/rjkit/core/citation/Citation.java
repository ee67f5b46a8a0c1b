package org.rjkit.core.citation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.net.URI;
import java.util.Optional;

/**
 * A reference to the legal or policy source of a rule: the instrument, the provision within it,
 * and where the text can be read.
 *
 * <p>Example: {@code Citation.of("Criminal Code (Canada)", "s. 743.1(1)(c)",
 * "https://laws-lois.justice.gc.ca/eng/acts/C-46/section-743.1.html")}.
 *
 * @param instrument the statute, directive or document, not blank
 * @param provision the section, article or paragraph, not blank
 * @param url where the text can be read, when it is published: an https or http URL
 */
public record Citation(String instrument, String provision, Optional<URI> url) {

  public Citation {
    checkNotNull(instrument, "instrument");
    checkNotNull(provision, "provision");
    checkNotNull(url, "url");
    checkArgument(!instrument.isBlank(), "instrument must not be blank");
    checkArgument(!provision.isBlank(), "provision must not be blank");
    url.ifPresent(u -> checkArgument(isWebAddress(u), "url must be an absolute https or http URL"));
  }

  /**
   * Whether a URI is one a reader can follow safely: absolute, with the scheme {@code https} or
   * {@code http} and a host. {@code javascript:}, {@code file:} and {@code data:} are not.
   *
   * @param uri not null
   * @return true for an https or http URL
   */
  public static boolean isWebAddress(URI uri) {
    checkNotNull(uri, "uri");
    String scheme = uri.getScheme();
    return uri.isAbsolute() && scheme != null
        && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
        && uri.getRawAuthority() != null && !uri.getRawAuthority().isEmpty();
  }

  /**
   * A citation with a URL.
   *
   * @param instrument not blank
   * @param provision not blank
   * @param url an absolute URL, not null
   * @return the citation
   */
  public static Citation of(String instrument, String provision, String url) {
    checkNotNull(url, "url");
    return new Citation(instrument, provision, Optional.of(URI.create(url)));
  }

  /**
   * A citation of an unpublished source (a brochure, say).
   *
   * @param instrument not blank
   * @param provision not blank
   * @return the citation
   */
  public static Citation of(String instrument, String provision) {
    return new Citation(instrument, provision, Optional.empty());
  }

  /** {@code instrument, provision}, as a lawyer would write it. */
  @Override
  public String toString() {
    return instrument + ", " + provision;
  }
}
