package org.rjkit.eligibility.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.rjkit.core.json.internal.Documents;
import org.rjkit.core.screening.ScreeningRequest;
import org.rjkit.eligibility.Decision;
import org.rjkit.eligibility.Programme;
import org.rjkit.eligibility.screening.ProgrammeRegistry;

/**
 * The Jackson module of the eligibility documents, registered through {@code META-INF/services}
 * so that {@code ObjectMapper.findAndRegisterModules()} finds it: a vendor's own mapper writes a
 * {@link Decision} as the decision document and a {@link Programme} as a rule-set document,
 * exactly as {@link DecisionWriter} and {@link RuleSetDocumentWriter} write them (the same bytes
 * on a mapper without indentation), and reads decisions, rule-set documents and screening
 * requests through {@link DecisionReader}, {@link RuleSetDocumentReader} and
 * {@link ScreeningRequestReader} (for the built-in programmes, or a registry's): strict, with the
 * limits and the duplicate-field check of rjkit's JSON layer, every input error reported at once
 * (a {@code JsonMappingException} whose cause is the {@code InvalidInputException}).
 *
 * @since 1.0
 */
public final class RjkitEligibilityModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The module for the built-in programmes: what {@code findAndRegisterModules()} registers. */
  public RjkitEligibilityModule() {
    this(ProgrammeRegistry.builtIn());
  }

  /**
   * The module for the programmes of a registry: screening requests may name any of them.
   *
   * @param registry not null
   */
  public RjkitEligibilityModule(ProgrammeRegistry registry) {
    super("rjkit-eligibility", Version.unknownVersion());
    checkNotNull(registry, "registry");
    DecisionWriter decisions = new DecisionWriter();
    RuleSetDocumentWriter ruleSets = new RuleSetDocumentWriter();
    DecisionReader decisionReader = new DecisionReader();
    RuleSetDocumentReader ruleSetReader = new RuleSetDocumentReader();
    ScreeningRequestReader requestReader = new ScreeningRequestReader(registry);
    addSerializer(Documents.serializer(Decision.class, decisions::toTree));
    addDeserializer(Decision.class, Documents.deserializer(decisionReader::read));
    addSerializer(Documents.serializer(Programme.class, ruleSets::toTree));
    addDeserializer(Programme.class, Documents.deserializer(ruleSetReader::read));
    addDeserializer(ScreeningRequest.class, Documents.deserializer(requestReader::read));
  }
}
