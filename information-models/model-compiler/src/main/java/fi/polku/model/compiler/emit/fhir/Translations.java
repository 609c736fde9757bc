package fi.polku.model.compiler.emit.fhir;

import fi.polku.model.compiler.ir.LocalizedText;
import org.hl7.fhir.r5.model.CodeType;
import org.hl7.fhir.r5.model.Element;
import org.hl7.fhir.r5.model.Extension;
import org.hl7.fhir.r5.model.MarkdownType;
import org.hl7.fhir.r5.model.StringType;

/**
 * Puts fi/sv/en texts on FHIR string elements: the English text is the value (the package's
 * language is English, as FHIR core's), Finnish and Swedish go into the standard {@code
 * translation} extension, so every FHIR tool shows something and Polku tools can pick a language.
 */
final class Translations {

  /** The FHIR core translation extension. */
  static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";

  private Translations() {}

  /** A string with {@code text.en} as value (falling back to fi) and fi/sv translations. */
  static StringType string(LocalizedText text) {
    StringType s = new StringType(text.preferred());
    addTranslations(s, text);
    return s;
  }

  /** A markdown with {@code text.en} as value and fi/sv translations. */
  static MarkdownType markdown(LocalizedText text) {
    MarkdownType m = new MarkdownType(text.preferred());
    addTranslations(m, text);
    return m;
  }

  private static void addTranslations(Element e, LocalizedText text) {
    for (String lang : new String[] {"fi", "sv"}) {
      String value = text.get(lang);
      if (value != null && !value.isBlank()) {
        Extension ext = e.addExtension().setUrl(TRANSLATION);
        ext.addExtension("lang", new CodeType(lang));
        ext.addExtension("content", new MarkdownType(value));
      }
    }
  }
}
