package org.rjkit.core.citation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.net.URI;
import java.util.Optional;
import org.rjkit.core.language.Language;
import org.rjkit.core.language.LocalizedText;

/**
 * A reference to the legal or policy source of a rule: the instrument, the provision within it,
 * and where the text can be read.
 *
 * <p>Example: {@code Citation.of("Criminal Code (Canada)", "s. 743.1(1)(c)",
 * "https://laws-lois.justice.gc.ca/eng/acts/C-46/section-743.1.html")}.
 *
 * <p>A citation is read in the reader's language ({@link #in(Language)}). Its instrument is
 * given in English and in every language in which the instrument has an official version
 * ({@link #withOfficial}: the Criminal Code is « Code criminel » in French); in any other
 * language it is cited by its English title in quotation marks (« Sentencing Act 2002 (New
 * Zealand) »). Its provision may be given in more languages ({@link #withProvision}: "s. 743.1"
 * reads « art. 743.1 »), and otherwise reads in English.
 *
 * @param instrumentText the statute, directive or document: English required, and the title
 *     of each official version in another language
 * @param provisionText the section, article or paragraph: English required, other languages
 *     optional
 * @param url where the text can be read, when it is published: an https or http URL
 * @since 1.0
 */
public record Citation(LocalizedText instrumentText, LocalizedText provisionText,
    Optional<URI> url) {

  /**
   * Checks the parts are present and the URL is a web address.
   *
   * @param instrumentText the instrument's titles, English required; not null
   * @param provisionText the provision, English required; not null
   * @param url where the text can be read, not null
   */
  public Citation {
    checkNotNull(instrumentText, "instrument");
    checkNotNull(provisionText, "provision");
    checkNotNull(url, "url");
    url.ifPresent(u -> checkArgument(isWebAddress(u), "url must be an absolute https or http URL"));
  }

  /**
   * A citation in English only.
   *
   * @param instrument the English title, not blank
   * @param provision the provision in English, not blank
   * @param url where the text can be read, not null
   */
  public Citation(String instrument, String provision, Optional<URI> url) {
    this(english(instrument, "instrument"), english(provision, "provision"), url);
  }

  private static LocalizedText english(String text, String name) {
    checkNotNull(text, name);
    checkArgument(!text.isBlank(), "%s must not be blank", name);
    return LocalizedText.english(text);
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
   * A citation with a URL, in English.
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
   * A citation of an unpublished source (a brochure, say), in English.
   *
   * @param instrument not blank
   * @param provision not blank
   * @return the citation
   */
  public static Citation of(String instrument, String provision) {
    return new Citation(instrument, provision, Optional.empty());
  }

  /**
   * The English title of the instrument, as the interchange format's {@code instrument} field
   * gives it.
   *
   * @return the title, never blank
   */
  public String instrument() {
    return instrumentText.in(Language.EN);
  }

  /**
   * The provision in English, as the interchange format's {@code provision} field gives it.
   *
   * @return the provision, never blank
   */
  public String provision() {
    return provisionText.in(Language.EN);
  }

  /**
   * Whether the instrument has an official version in a language, with its own title.
   *
   * @param language not null
   * @return true for English and every language given by {@link #withOfficial}
   */
  public boolean isOfficialIn(Language language) {
    return instrumentText.texts().containsKey(checkNotNull(language, "language"));
  }

  /**
   * This citation with the title and provision of the instrument's official version in another
   * language.
   *
   * @param language the language of the official version, not null
   * @param instrument the official title in that language, not blank
   * @param provision the provision as that version numbers it, not blank
   * @return a new citation
   */
  public Citation withOfficial(Language language, String instrument, String provision) {
    return new Citation(instrumentText.with(language, instrument),
        provisionText.with(language, provision), url);
  }

  /**
   * This citation with its provision in another language, for an instrument that has no
   * official version in it: the instrument is then cited by its English title.
   *
   * @param language not null
   * @param provision the provision, or what it says, in that language; not blank
   * @return a new citation
   */
  public Citation withProvision(Language language, String provision) {
    return new Citation(instrumentText, provisionText.with(language, provision), url);
  }

  /**
   * The citation as a lawyer writes it in a language: {@code instrument, provision} with the
   * instrument's official title in that language ({@code Code criminel, art. 743.1}), or, when
   * it has none, its English title in quotation marks: in French
   * {@code « Sentencing Act 2002 (New Zealand) », art. 24A}, in other languages between
   * typographic double quotation marks.
   *
   * @param language not null
   * @return the citation, never blank
   */
  public String in(Language language) {
    checkNotNull(language, "language");
    String provision = provisionText.in(language);
    if (isOfficialIn(language)) {
      return instrumentText.in(language) + ", " + provision;
    }
    return quoted(language, instrument()) + ", " + provision;
  }

  private static String quoted(Language language, String title) {
    return language.locale().getLanguage().equals("fr") ? "« " + title + " »" : "“" + title + "”";
  }

  /** {@code instrument, provision} in English, as a lawyer would write it. */
  @Override
  public String toString() {
    return instrument() + ", " + provision();
  }
}
