package org.rjkit.process.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.rjkit.core.json.internal.Documents;
import org.rjkit.process.agreement.AgreementTerm;
import org.rjkit.process.confidentiality.DisclosureCapability;
import org.rjkit.process.confidentiality.ProcessContent;
import org.rjkit.process.disclosure.CaseView;
import org.rjkit.process.lifecycle.ProcessCase;
import org.rjkit.process.lifecycle.ProcessEvent;

/**
 * The Jackson module of the process model, registered through {@code META-INF/services} so that
 * {@code ObjectMapper.findAndRegisterModules()} finds it. It maps no document: it makes a
 * vendor's own mapper refuse (with a {@code JsonMappingException}) to write process content
 * ({@link ProcessContent}, {@link AgreementTerm}) or anything holding it ({@link ProcessEvent},
 * {@link ProcessCase}, {@link CaseView}, {@link DisclosureCapability}), which the mapper would
 * otherwise write field by field. Process content is written only by {@link ProcessJson}, for a
 * recipient, and {@link ProcessHistoryStorageWriter}, for the system of record.
 *
 * @since 1.0
 */
public final class RjkitProcessModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The module. */
  public RjkitProcessModule() {
    super("rjkit-process", Version.unknownVersion());
    addSerializer(Documents.refusing(ProcessContent.class));
    addSerializer(Documents.refusing(AgreementTerm.class));
    addSerializer(Documents.refusing(ProcessEvent.class));
    addSerializer(Documents.refusing(ProcessCase.class));
    addSerializer(Documents.refusing(CaseView.class));
    addSerializer(Documents.refusing(DisclosureCapability.class));
  }
}
