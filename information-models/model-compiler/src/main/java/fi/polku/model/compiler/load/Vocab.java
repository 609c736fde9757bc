package fi.polku.model.compiler.load;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** IRIs of the model vocabulary ({@code pm:}) and the standard vocabularies the model uses. */
public final class Vocab {

  /** The compiler's own vocabulary. */
  public static final String PM = "https://polku.fi/model/meta#";

  /** Namespace of model classes and predicates. */
  public static final String POLKU = "https://polku.fi/model/";

  /** Namespace of FHIR core types used as reference targets and profile bases. */
  public static final String FHIR = "http://hl7.org/fhir/";

  public static final String SH = "http://www.w3.org/ns/shacl#";
  public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

  public static final Resource MODEL = r(PM + "Model");
  public static final Resource RESOURCE = r(PM + "Resource");
  public static final Resource BACKBONE = r(PM + "Backbone");
  public static final Resource PROFILE = r(PM + "Profile");
  public static final Resource EXTENSION = r(PM + "Extension");
  public static final Resource SEARCH_PARAMETER = r(PM + "SearchParameter");
  public static final Resource INVARIANT = r(PM + "Invariant");

  public static final Property CANONICAL_BASE = p(PM + "canonicalBase");
  public static final Property TYPE = p(PM + "type");
  public static final Property TARGET = p(PM + "target");
  public static final Property BINDING = p(PM + "binding");
  public static final Property STRENGTH = p(PM + "strength");
  public static final Property VALUE_SET = p(PM + "valueSet");
  public static final Property SUMMARY = p(PM + "summary");
  public static final Property MUST_SUPPORT = p(PM + "mustSupport");
  public static final Property INVARIANT_PROP = p(PM + "invariant");
  public static final Property KEY = p(PM + "key");
  public static final Property SEVERITY = p(PM + "severity");
  public static final Property EXPRESSION = p(PM + "expression");
  public static final Property HUMAN = p(PM + "human");
  public static final Property CODE = p(PM + "code");
  public static final Property BASE = p(PM + "base");
  public static final Property SEARCH_TYPE = p(PM + "searchType");
  public static final Property COMPONENT = p(PM + "component");
  public static final Property PARAMETER = p(PM + "parameter");
  public static final Property BASE_TYPE = p(PM + "baseType");
  public static final Property EXTENSION_PROP = p(PM + "extension");
  public static final Property SLICE_NAME = p(PM + "sliceName");
  public static final Property DEFINITION = p(PM + "definition");
  public static final Property CONTEXT = p(PM + "context");

  public static final Property SH_PROPERTY = p(SH + "property");
  public static final Property SH_PATH = p(SH + "path");
  public static final Property SH_NAME = p(SH + "name");
  public static final Property SH_ORDER = p(SH + "order");
  public static final Property SH_MIN_COUNT = p(SH + "minCount");
  public static final Property SH_MAX_COUNT = p(SH + "maxCount");
  public static final Property SH_NODE = p(SH + "node");

  public static final Property SKOS_DEFINITION = p(SKOS + "definition");
  public static final Property RDFS_LABEL = p("http://www.w3.org/2000/01/rdf-schema#label");
  public static final Property OWL_VERSION_INFO = p("http://www.w3.org/2002/07/owl#versionInfo");

  private Vocab() {}

  private static Resource r(String iri) {
    return ResourceFactory.createResource(iri);
  }

  private static Property p(String iri) {
    return ResourceFactory.createProperty(iri);
  }
}
