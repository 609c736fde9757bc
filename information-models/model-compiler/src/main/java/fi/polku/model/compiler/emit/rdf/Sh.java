package fi.polku.model.compiler.emit.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The SHACL terms the shapes use. jena-shacl is only a test dependency of the compiler, so its
 * vocabulary class is not available here.
 */
final class Sh {

  static final String NS = "http://www.w3.org/ns/shacl#";

  static final Resource NODE_SHAPE = resource("NodeShape");
  static final Resource PROPERTY_SHAPE = resource("PropertyShape");
  static final Resource IRI = resource("IRI");
  static final Resource BLANK_NODE_OR_IRI = resource("BlankNodeOrIRI");

  static final Property TARGET_CLASS = property("targetClass");
  static final Property TARGET_OBJECTS_OF = property("targetObjectsOf");
  static final Property PROPERTY = property("property");
  static final Property PATH = property("path");
  static final Property MIN_COUNT = property("minCount");
  static final Property MAX_COUNT = property("maxCount");
  static final Property DATATYPE = property("datatype");
  static final Property NODE_KIND = property("nodeKind");
  static final Property NODE = property("node");
  static final Property OR = property("or");
  static final Property HAS_VALUE = property("hasValue");
  static final Property QUALIFIED_VALUE_SHAPE = property("qualifiedValueShape");
  static final Property QUALIFIED_MIN_COUNT = property("qualifiedMinCount");
  static final Property QUALIFIED_MAX_COUNT = property("qualifiedMaxCount");
  static final Property NAME = property("name");
  static final Property DESCRIPTION = property("description");
  static final Property ORDER = property("order");

  private Sh() {}

  private static Resource resource(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(NS + local);
  }
}
