package org.rjkit.core.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule cites its source: an instrument, a provision in it and, when there is one, an
 * absolute link a reader can follow.
 */
@DisplayName("A citation")
class CitationTest {

  @Test
  void names_an_instrument_and_a_provision_and_may_link_to_the_text() {
    Citation c = Citation.of("Criminal Code (Canada)", "s. 743.1(1)(c)",
        "https://laws-lois.justice.gc.ca/eng/acts/c-46/section-743.1.html");
    assertEquals("Criminal Code (Canada)", c.instrument());
    assertEquals("s. 743.1(1)(c)", c.provision());
    assertEquals(Optional.of(URI.create(
        "https://laws-lois.justice.gc.ca/eng/acts/c-46/section-743.1.html")), c.url());
  }

  @Test
  void may_have_no_link() {
    Citation c = Citation.of("Youth Criminal Justice Act", "s. 10(2)");
    assertEquals("Youth Criminal Justice Act", c.instrument());
    assertEquals("s. 10(2)", c.provision());
    assertEquals(Optional.empty(), c.url());
  }

  @ParameterizedTest(name = "instrument \"{0}\", provision \"{1}\" is rejected")
  @CsvSource(delimiter = '|', textBlock = """
      # instrument               | provision
      ''                         | s. 10(2)
      '   '                      | s. 10(2)
      Youth Criminal Justice Act | ''
      Youth Criminal Justice Act | '  '
      """)
  void needs_both_an_instrument_and_a_provision(String instrument, String provision) {
    assertThrows(IllegalArgumentException.class, () -> Citation.of(instrument, provision));
    assertThrows(IllegalArgumentException.class,
        () -> Citation.of(instrument, provision, "https://example.org/act"));
  }

  @Test
  void a_link_must_be_absolute() {
    assertThrows(IllegalArgumentException.class,
        () -> Citation.of("Victims' Directive", "Art. 12", "/eli/dir/2012/29/oj"));
  }

  @Test
  void reads_as_instrument_then_provision() {
    assertEquals("Sentencing Act 2002 (NZ), s. 24A",
        Citation.of("Sentencing Act 2002 (NZ)", "s. 24A",
            "https://www.legislation.govt.nz/act/public/2002/0009/latest/DLM2053201.html")
            .toString());
  }

  /** Issue 8: a citation URL of any scheme was accepted ({@code javascript:}, {@code file:}). */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}: accepted = {1}")
  @org.junit.jupiter.params.provider.CsvSource({
      "https://laws-lois.justice.gc.ca/eng/acts/C-46/section-743.1.html, true",
      "http://example.org/, true", "HTTPS://EXAMPLE.ORG/, true",
      "javascript:alert(1), false", "file:///etc/passwd, false", "'data:text/html,x', false",
      "ftp://example.org/x, false", "mailto:someone@example.org, false", "https:///nohost, false"})
  void only_an_https_or_http_url_is_a_citation_link(String url, boolean accepted) {
    if (accepted) {
      org.junit.jupiter.api.Assertions.assertEquals(url,
          Citation.of("Instrument", "s. 1", url).url().orElseThrow().toString());
    } else {
      IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
          IllegalArgumentException.class, () -> Citation.of("Instrument", "s. 1", url));
      org.junit.jupiter.api.Assertions.assertFalse(e.getMessage().contains(url));
    }
  }

  @Test
  void is_cited_in_the_official_version_of_the_readers_language() {
    Citation c = Citation.of("Criminal Code (Canada)", "s. 743.1",
        "https://laws-lois.justice.gc.ca/eng/acts/C-46/section-743.1.html")
        .withOfficial(org.rjkit.core.language.Language.FR, "Code criminel", "art. 743.1");
    assertEquals("Code criminel, art. 743.1", c.in(org.rjkit.core.language.Language.FR));
    assertEquals("Criminal Code (Canada), s. 743.1", c.in(org.rjkit.core.language.Language.EN));
    assertEquals("Criminal Code (Canada)", c.instrument());
    assertEquals("art. 743.1", c.provisionText().in(org.rjkit.core.language.Language.FR));
    org.junit.jupiter.api.Assertions.assertTrue(
        c.isOfficialIn(org.rjkit.core.language.Language.FR));
  }

  @Test
  void without_an_official_version_is_cited_by_its_original_title_in_quotation_marks() {
    Citation c = Citation.of("Sentencing Act 2002 (New Zealand)", "s. 24A(1)(a)")
        .withProvision(org.rjkit.core.language.Language.FR, "art. 24A(1)(a)");
    assertEquals("« Sentencing Act 2002 (New Zealand) », art. 24A(1)(a)",
        c.in(org.rjkit.core.language.Language.FR));
    assertEquals("“Sentencing Act 2002 (New Zealand)”, s. 24A(1)(a)",
        c.in(org.rjkit.core.language.Language.of("cy")));
    org.junit.jupiter.api.Assertions.assertFalse(
        c.isOfficialIn(org.rjkit.core.language.Language.FR));
    assertEquals(c, Citation.of("Sentencing Act 2002 (New Zealand)", "s. 24A(1)(a)")
        .withProvision(org.rjkit.core.language.Language.FR, "art. 24A(1)(a)"));
  }
}
