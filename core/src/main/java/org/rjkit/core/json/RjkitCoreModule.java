package org.rjkit.core.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.rjkit.core.casefile.CaseFile;
import org.rjkit.core.json.internal.Documents;
import org.rjkit.core.screening.ScreeningRequest;

/**
 * The Jackson module of rjkit's core documents, registered through {@code META-INF/services} so
 * that {@code ObjectMapper.findAndRegisterModules()} finds it: a vendor's own mapper then writes
 * a {@link CaseFile} as the case document and a {@link ScreeningRequest} as the screening
 * request of the interchange format, exactly as {@link CaseDocumentWriter} and
 * {@link ScreeningRequestWriter} write them (the same bytes on a mapper without indentation),
 * and reads a case document through {@link CaseDocumentReader}: strict, with the limits and the
 * duplicate-field check of {@link RjkitJson} whatever the mapper's own settings (a document longer
 * than {@link RjkitJson#MAX_DOCUMENT_LENGTH} characters, or bytes when the mapper reads bytes, is
 * refused as rjkit's readers refuse it), every input error reported at once (a
 * {@code JsonMappingException} whose cause is the {@code InvalidInputException}).
 *
 * <p>A screening request is read by the eligibility module's own Jackson module, which checks
 * the programme as {@code org.rjkit.eligibility.json.ScreeningRequestReader} does.
 *
 * @since 1.0
 */
public final class RjkitCoreModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The module, with every core document mapped. */
  public RjkitCoreModule() {
    super("rjkit-core", Version.unknownVersion());
    CaseDocumentWriter cases = new CaseDocumentWriter();
    ScreeningRequestWriter requests = new ScreeningRequestWriter();
    CaseDocumentReader caseReader = new CaseDocumentReader();
    addSerializer(Documents.serializer(CaseFile.class, cases::toTree));
    addDeserializer(CaseFile.class, Documents.deserializer(caseReader::read));
    addSerializer(Documents.serializer(ScreeningRequest.class, requests::toTree));
  }
}
