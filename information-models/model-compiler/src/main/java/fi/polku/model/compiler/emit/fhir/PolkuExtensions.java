package fi.polku.model.compiler.emit.fhir;

import fi.polku.model.compiler.ir.ExtensionDef;
import fi.polku.model.compiler.ir.LocalizedText;
import fi.polku.model.compiler.ir.SourceLocation;
import fi.polku.model.compiler.ir.TypeRef;
import java.util.List;

/**
 * Extensions the package itself needs, independent of the model's content.
 *
 * <p>FHIR R5 binds {@code SearchParameter.base} and {@code .target} to the closed list of core
 * resource types, so a search parameter of a Polku resource type cannot name its type there (HAPI
 * refuses to parse such a resource). Polku's search parameters therefore carry {@code
 * DomainResource} as base and name their real base and target types in these extensions.
 */
public final class PolkuExtensions {

  /** Canonical URL of the extension naming a model resource type a search parameter applies to. */
  public static final String SEARCH_BASE =
      "https://polku.fi/fhir/StructureDefinition/SearchParameterModelBase";

  /** Canonical URL of the extension naming a model resource type a reference parameter targets. */
  public static final String SEARCH_TARGET =
      "https://polku.fi/fhir/StructureDefinition/SearchParameterModelTarget";

  private static final SourceLocation BUILT_IN = new SourceLocation("(compiler)", "built-in");

  private PolkuExtensions() {}

  /** The definitions of the built-in extensions, in the model's IR form. */
  public static List<ExtensionDef> definitions() {
    return List.of(
        new ExtensionDef(
            "SearchParameterModelBase",
            SEARCH_BASE,
            List.of("SearchParameter"),
            new LocalizedText("mallin perustyyppi", "modellens bastyp", "model base type"),
            new LocalizedText(
                "Polku-tietomallin resurssityyppi, johon hakuparametri kohdistuu.",
                "Resurstypen i Polkus informationsmodell som sökparametern gäller.",
                "The Polku model resource type the search parameter applies to."),
            List.of(TypeRef.of("code")),
            null,
            BUILT_IN),
        new ExtensionDef(
            "SearchParameterModelTarget",
            SEARCH_TARGET,
            List.of("SearchParameter"),
            new LocalizedText("mallin kohdetyyppi", "modellens måltyp", "model target type"),
            new LocalizedText(
                "Polku-tietomallin resurssityyppi, johon viittaushakuparametri voi osoittaa.",
                "Resurstypen i Polkus informationsmodell som en referenssökparameter kan peka på.",
                "A Polku model resource type a reference search parameter may point to."),
            List.of(TypeRef.of("code")),
            null,
            BUILT_IN));
  }
}
