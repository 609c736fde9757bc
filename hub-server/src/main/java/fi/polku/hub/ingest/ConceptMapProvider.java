package fi.polku.hub.ingest;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.problem.Problems;
import fi.polku.hub.terminology.TerminologyTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r5.model.BooleanType;
import org.hl7.fhir.r5.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r5.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r5.model.CodeType;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.ConceptMap;
import org.hl7.fhir.r5.model.ConceptMap.ConceptMapGroupComponent;
import org.hl7.fhir.r5.model.ConceptMap.SourceElementComponent;
import org.hl7.fhir.r5.model.ConceptMap.TargetElementComponent;
import org.hl7.fhir.r5.model.Enumerations.SearchParamType;
import org.hl7.fhir.r5.model.Parameters;
import org.hl7.fhir.r5.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r5.model.StringType;
import org.hl7.fhir.r5.model.UriType;

/**
 * {@code ConceptMap}: read, search by {@code url}, {@code name} or {@code _id}, and {@code
 * $translate} (FHIR R5: {@code sourceCode} or {@code code}, optional {@code system} and {@code
 * targetSystem}; a {@code url} or instance id picks the map). Read-only: the maps change with the
 * mapping specs.
 */
public final class ConceptMapProvider implements IResourceProvider {

  private final ConceptMapCatalogue catalogue;

  /** A provider over {@code catalogue}. */
  public ConceptMapProvider(ConceptMapCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** What the CapabilityStatement says of ConceptMap: read, search and {@code $translate}. */
  public static CapabilityStatementRestResourceComponent capability() {
    CapabilityStatementRestResourceComponent r = new CapabilityStatementRestResourceComponent();
    r.setType("ConceptMap");
    r.addInteraction().setCode(TypeRestfulInteraction.READ);
    r.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
    r.addSearchParam().setName("url").setType(SearchParamType.URI);
    r.addSearchParam().setName("name").setType(SearchParamType.STRING);
    r.addOperation()
        .setName("translate")
        .setDefinition("http://hl7.org/fhir/OperationDefinition/ConceptMap-translate");
    return r;
  }

  @Override
  public Class<? extends IBaseResource> getResourceType() {
    return ConceptMap.class;
  }

  /** read. */
  @Read
  public ConceptMap read(@IdParam IIdType id) {
    ConceptMap m = catalogue.get(id.getIdPart());
    if (m == null) {
      throw new HubException(
          HubCodes.NOT_FOUND, Map.of("resource", "ConceptMap/" + id.getIdPart()));
    }
    return m;
  }

  /** search. */
  @Search
  public List<ConceptMap> search(
      @OptionalParam(name = "url") UriParam url,
      @OptionalParam(name = "name") StringParam name,
      @OptionalParam(name = "_id") StringParam id) {
    List<ConceptMap> out = new ArrayList<>();
    for (ConceptMap m : catalogue.all()) {
      if ((url == null || url.getValue().equals(m.getUrl()))
          && (name == null || m.getName() != null && m.getName().equalsIgnoreCase(name.getValue()))
          && (id == null || id.getValue().equals(m.getIdElement().getIdPart()))) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * {@code ConceptMap/$translate}. Errors and the {@code message} of a failed translation are in
   * the client's language ({@code Accept-Language}).
   */
  @Operation(name = "$translate", idempotent = true)
  public Parameters translate(
      @OperationParam(name = "url") UriType url,
      @OperationParam(name = "sourceCode") CodeType sourceCode,
      @OperationParam(name = "code") CodeType code,
      @OperationParam(name = "system") UriType system,
      @OperationParam(name = "targetSystem") UriType targetSystem,
      RequestDetails request) {
    List<ConceptMap> maps = new ArrayList<>();
    for (ConceptMap m : catalogue.all()) {
      if (url == null || url.getValue().equals(m.getUrl())) {
        maps.add(m);
      }
    }
    if (url != null && maps.isEmpty()) {
      throw new HubException(
          HubCodes.NOT_FOUND, Map.of("resource", "ConceptMap?url=" + url.getValue()));
    }
    return translate(maps, sourceCode, code, system, targetSystem, language(request));
  }

  /** {@code ConceptMap/<id>/$translate}. */
  @Operation(name = "$translate", idempotent = true)
  public Parameters translate(
      @IdParam IIdType id,
      @OperationParam(name = "sourceCode") CodeType sourceCode,
      @OperationParam(name = "code") CodeType code,
      @OperationParam(name = "system") UriType system,
      @OperationParam(name = "targetSystem") UriType targetSystem,
      RequestDetails request) {
    return translate(List.of(read(id)), sourceCode, code, system, targetSystem, language(request));
  }

  private static String language(RequestDetails request) {
    return Problems.language(request == null ? null : request.getHeader("Accept-Language"));
  }

  private static Parameters translate(
      List<ConceptMap> maps,
      CodeType sourceCode,
      CodeType code,
      UriType system,
      UriType target,
      String lang) {
    CodeType c = sourceCode != null ? sourceCode : code;
    if (c == null || c.getValue() == null) {
      throw HubException.withDetail(
          HubCodes.BAD_REQUEST,
          TerminologyTexts.MISSING_EITHER.format(Map.of("first", "sourceCode", "second", "code")));
    }
    Parameters out = new Parameters();
    List<ParametersParameterComponent> matches = new ArrayList<>();
    for (ConceptMap m : maps) {
      for (ConceptMapGroupComponent g : m.getGroup()) {
        if (system != null && !system.getValue().equals(g.getSource())) {
          continue;
        }
        if (target != null && !target.getValue().equals(g.getTarget())) {
          continue;
        }
        for (SourceElementComponent e : g.getElement()) {
          if (!c.getValue().equals(e.getCode())) {
            continue;
          }
          for (TargetElementComponent t : e.getTarget()) {
            ParametersParameterComponent match = new ParametersParameterComponent();
            match.setName("match");
            match
                .addPart()
                .setName("relationship")
                .setValue(
                    new CodeType(
                        t.hasRelationship() ? t.getRelationship().toCode() : "equivalent"));
            match
                .addPart()
                .setName("concept")
                .setValue(new Coding(g.getTarget(), t.getCode(), t.getDisplay()));
            match.addPart().setName("originMap").setValue(new UriType(m.getUrl()));
            matches.add(match);
          }
        }
      }
    }
    out.addParameter().setName("result").setValue(new BooleanType(!matches.isEmpty()));
    if (matches.isEmpty()) {
      out.addParameter()
          .setName("message")
          .setValue(
              new StringType(
                  TerminologyTexts.NO_MAPPING.format(Map.of("code", c.getValue())).in(lang)));
    }
    out.getParameter().addAll(matches);
    return out;
  }
}
