package fi.polku.model.compiler.emit.fhir;

import fi.polku.model.compiler.ir.Element;
import fi.polku.model.compiler.ir.ExtensionDef;
import fi.polku.model.compiler.ir.LocalizedText;
import fi.polku.model.compiler.ir.Model;
import fi.polku.model.compiler.ir.Profile;
import fi.polku.model.compiler.ir.ResourceType;
import fi.polku.model.compiler.ir.TypeRef;
import org.hl7.fhir.r5.model.ElementDefinition;
import org.hl7.fhir.r5.model.Enumerations;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.r5.model.UriType;

/**
 * Builds the differential StructureDefinitions of the model: one specialisation of {@code
 * DomainResource} per resource type, one constraint per profile, one per extension. Snapshots are
 * generated separately ({@link SnapshotGenerator}).
 */
public final class StructureDefinitionEmitter {

  private static final String CORE_SD = "http://hl7.org/fhir/StructureDefinition/";
  private static final String PUBLISHER = "Polku";

  private final Model model;
  private final ElementDefinitions elements;

  /** Creates the emitter for {@code model}. */
  public StructureDefinitionEmitter(Model model, CoreDefinitions core) {
    this.model = model;
    this.elements = new ElementDefinitions(model, core);
  }

  /** The definition of a model resource type. */
  public StructureDefinition resource(ResourceType r) {
    StructureDefinition sd = header(r.name(), r.label(), r.definition());
    sd.setKind(StructureDefinition.StructureDefinitionKind.RESOURCE);
    sd.setAbstract(false);
    sd.setType(r.name());
    sd.setBaseDefinition(CORE_SD + "DomainResource");
    sd.setDerivation(StructureDefinition.TypeDerivationRule.SPECIALIZATION);
    sd.addMapping()
        .setIdentity(ElementDefinitions.RDF_MAPPING)
        .setUri(model.namespace())
        .setName("Polku RDF projection");
    ElementDefinition root = sd.getDifferential().addElement().setPath(r.name());
    root.setId(r.name());
    root.setShortElement(Translations.string(r.label()));
    root.setDefinitionElement(Translations.markdown(r.definition()));
    root.setMin(0).setMax("*");
    root.addMapping().setIdentity(ElementDefinitions.RDF_MAPPING).setMap(r.rdfClass());
    elements.addConstraints(root, r.invariants(), sd.getUrl());
    for (Element e : r.allElements()) {
      sd.getDifferential().addElement(elements.forElement(e, sd.getUrl()));
    }
    return sd;
  }

  /** The definition of a profile on a FHIR core resource. */
  public StructureDefinition profile(Profile p) {
    StructureDefinition sd = header(p.name(), p.label(), p.definition());
    sd.setKind(StructureDefinition.StructureDefinitionKind.RESOURCE);
    sd.setAbstract(false);
    sd.setType(p.baseType());
    sd.setBaseDefinition(CORE_SD + p.baseType());
    sd.setDerivation(StructureDefinition.TypeDerivationRule.CONSTRAINT);
    ElementDefinition root = sd.getDifferential().addElement().setPath(p.baseType());
    root.setId(p.baseType());
    root.setShortElement(Translations.string(p.label()));
    root.setDefinitionElement(Translations.markdown(p.definition()));
    elements.addConstraints(root, p.invariants(), sd.getUrl());
    if (!p.extensions().isEmpty()) {
      ElementDefinition slicing =
          sd.getDifferential().addElement().setPath(p.baseType() + ".extension");
      slicing.setId(p.baseType() + ".extension");
      slicing
          .getSlicing()
          .setRules(ElementDefinition.SlicingRules.OPEN)
          .addDiscriminator()
          .setType(ElementDefinition.DiscriminatorType.VALUE)
          .setPath("url");
      for (Profile.ExtensionUse use : p.extensions()) {
        ElementDefinition slice =
            sd.getDifferential().addElement().setPath(p.baseType() + ".extension");
        slice.setId(p.baseType() + ".extension:" + use.sliceName());
        slice.setSliceName(use.sliceName());
        slice.setMin(use.min()).setMax(use.max());
        slice.addType().setCode("Extension").addProfile(use.url());
      }
    }
    for (Element e : p.constraints()) {
      sd.getDifferential().addElement(elements.forConstraint(e, sd.getUrl()));
    }
    return sd;
  }

  /** The definition of a simple extension. */
  public StructureDefinition extension(ExtensionDef x) {
    StructureDefinition sd = header(x.name(), x.label(), x.definition());
    sd.setUrl(x.url());
    sd.setKind(StructureDefinition.StructureDefinitionKind.COMPLEXTYPE);
    sd.setAbstract(false);
    sd.setType("Extension");
    sd.setBaseDefinition(CORE_SD + "Extension");
    sd.setDerivation(StructureDefinition.TypeDerivationRule.CONSTRAINT);
    for (String context : x.contexts()) {
      sd.addContext()
          .setType(StructureDefinition.ExtensionContextType.ELEMENT)
          .setExpression(context);
    }
    ElementDefinition root = sd.getDifferential().addElement().setPath("Extension");
    root.setId("Extension");
    root.setShortElement(Translations.string(x.label()));
    root.setDefinitionElement(Translations.markdown(x.definition()));
    ElementDefinition nested = sd.getDifferential().addElement().setPath("Extension.extension");
    nested.setId("Extension.extension");
    nested.setMax("0");
    ElementDefinition url = sd.getDifferential().addElement().setPath("Extension.url");
    url.setId("Extension.url");
    url.setFixed(new UriType(x.url()));
    ElementDefinition value = sd.getDifferential().addElement().setPath("Extension.value[x]");
    value.setId("Extension.value[x]");
    value.setMin(1);
    for (TypeRef t : x.valueTypes()) {
      elements.addType(value, t);
    }
    elements.applyBinding(value, x.binding());
    return sd;
  }

  private StructureDefinition header(String name, LocalizedText label, LocalizedText definition) {
    StructureDefinition sd = new StructureDefinition();
    sd.setId(name);
    sd.setUrl(model.structureDefinitionUrl(name));
    sd.setVersion(model.version());
    sd.setName(name);
    sd.setTitleElement(Translations.string(label));
    sd.setStatus(Enumerations.PublicationStatus.ACTIVE);
    sd.setPublisher(PUBLISHER);
    sd.setDescriptionElement(Translations.markdown(definition));
    sd.setFhirVersion(Enumerations.FHIRVersion._5_0_0);
    return sd;
  }
}
