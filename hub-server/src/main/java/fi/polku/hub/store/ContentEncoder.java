package fi.polku.hub.store;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.RuntimeResourceDefinition;
import ca.uhn.fhir.context.api.AddProfileTagEnum;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.util.ResourceReferenceInfo;
import fi.polku.hub.model.ResourceReferences;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.validation.api.Text;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r5.model.Identifier;

/**
 * Turns a parsed resource into what the store keeps: one JSON encoding, its hash, and the
 * identifiers and references the indexes need. The resource is encoded exactly once per write.
 */
public final class ContentEncoder {

  private static final int MAX_KEY = 255;
  private static final int MAX_TARGET = 200;

  private final FhirContext fhir;
  private final ResourceReferences references;
  private final int maxChars;

  /**
   * An encoder.
   *
   * @param fhir the context with the model's types registered
   * @param maxChars the largest JSON the store accepts
   */
  public ContentEncoder(FhirContext fhir, int maxChars) {
    this.fhir = fhir;
    this.references = new ResourceReferences(fhir);
    this.maxChars = maxChars;
  }

  /**
   * Encodes {@code resource} for storage. Clears its id, {@code meta.versionId} and {@code
   * meta.lastUpdated} (the store keeps them in columns, and they must not change the hash); the
   * caller sets the new ones afterwards.
   */
  public StoredContent encode(IBaseResource resource) {
    return encode(resource, references.of(resource));
  }

  /**
   * As {@link #encode(IBaseResource)}, with the resource's references already collected (the write
   * path walks each resource once).
   */
  public StoredContent encode(IBaseResource resource, List<ResourceReferenceInfo> references) {
    resource.setId((IIdType) null);
    resource.getMeta().setVersionId(null);
    resource.getMeta().setLastUpdated(null);
    keepDeclaredProfile(resource);
    IParser parser = fhir.newJsonParser();
    String json = parser.encodeResourceToString(resource);
    if (json.length() > maxChars) {
      throw new HubException(
          HubCodes.RESOURCE_TOO_LARGE, Map.of("limit", Integer.toString(maxChars)));
    }
    return new StoredContent(
        json,
        contentHash(resource, parser, json),
        identifiers(resource),
        links(resource, references),
        resource);
  }

  /**
   * Puts on {@code resource} the profile HAPI's encoder writes into {@code meta.profile} of a model
   * type (the type's declared profile, appended when missing, under the context's default {@link
   * AddProfileTagEnum#ONLY_FOR_CUSTOM}). Without it the stored JSON would name a profile the parsed
   * resource lacks, and the index, which reads the parsed resource, would miss it for {@code
   * _profile}; added first, the encoding comes out the same.
   */
  private void keepDeclaredProfile(IBaseResource resource) {
    AddProfileTagEnum mode = fhir.getAddProfileTagWhenEncoding();
    RuntimeResourceDefinition def = fhir.getResourceDefinition(resource);
    if (mode == AddProfileTagEnum.NEVER
        || (mode == AddProfileTagEnum.ONLY_FOR_CUSTOM && def.isStandardType())
        || !(resource instanceof org.hl7.fhir.r5.model.Resource r)) {
      return;
    }
    String profile = def.getResourceProfile("");
    if (profile != null && !profile.isBlank() && !r.getMeta().hasProfile(profile)) {
      r.getMeta().addProfile(profile);
    }
  }

  /**
   * The hash that decides whether an update changes anything. {@code meta.source} is left out: a
   * load run stamps every resource with its Provenance, and re-loading the same data must find it
   * unchanged (the stored version then keeps the source of the run that wrote it). The hash is that
   * of the encoding without the source, which is cut out of {@code json} where the encoder put it
   * (first in {@code meta}, since the id, {@code versionId} and {@code lastUpdated} are cleared)
   * rather than encoding the resource a second time.
   */
  static String contentHash(IBaseResource resource, IParser parser, String json) {
    if (!(resource instanceof org.hl7.fhir.r5.model.Resource r)
        || !r.hasMeta()
        || !r.getMeta().hasSource()) {
      return sha256(json);
    }
    String cut = withoutSource(json, r);
    if (cut != null) {
      return sha256(cut);
    }
    // Where the source is not the first element of meta (meta has an id or extensions, the
    // source has extensions): encode without it.
    String source = r.getMeta().getSource();
    r.getMeta().setSource(null);
    try {
      return sha256(parser.encodeResourceToString(r));
    } finally {
      r.getMeta().setSource(source);
    }
  }

  /**
   * {@code json} without {@code meta.source}, when the encoding has the expected shape: {@code
   * {"resourceType":"T","meta":{"source":"...",...}...}}; null otherwise. A meta holding only the
   * source goes with it, as the encoder leaves out an empty meta.
   */
  private static String withoutSource(String json, org.hl7.fhir.r5.model.Resource r) {
    if (r.getMeta().hasId()
        || r.getMeta().hasExtension()
        || r.getMeta().getSourceElement().hasId()
        || r.getMeta().getSourceElement().hasExtension()) {
      return null;
    }
    String head = "{\"resourceType\":\"" + r.fhirType() + "\",";
    String meta = "\"meta\":{";
    String key = "\"source\":\"";
    if (!json.startsWith(head)
        || !json.startsWith(meta, head.length())
        || !json.startsWith(key, head.length() + meta.length())) {
      return null;
    }
    int value = head.length() + meta.length() + key.length();
    int end = endOfString(json, value);
    if (end < 0 || end + 1 >= json.length()) {
      return null;
    }
    char next = json.charAt(end + 1);
    if (next == ',') {
      // "meta":{"source":"…","profile":…} → "meta":{"profile":…}
      return json.substring(0, head.length() + meta.length()) + json.substring(end + 2);
    }
    if (next == '}') {
      // {"resourceType":"T","meta":{"source":"…"},"x":…} → {"resourceType":"T","x":…}
      int after = end + 2;
      if (after < json.length() && json.charAt(after) == ',') {
        return json.substring(0, head.length()) + json.substring(after + 1);
      }
      if (after < json.length() && json.charAt(after) == '}') {
        return json.substring(0, head.length() - 1) + json.substring(after);
      }
    }
    return null;
  }

  /** The index of the quote closing the JSON string whose content starts at {@code from}. */
  private static int endOfString(String json, int from) {
    for (int i = from; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i;
      }
    }
    return -1;
  }

  /** Identifiers with a system and a value; duplicates removed. */
  public List<StoredContent.IdentifierKey> identifiers(IBaseResource resource) {
    RuntimeResourceDefinition def = fhir.getResourceDefinition(resource);
    BaseRuntimeChildDefinition child = def.getChildByName("identifier");
    if (child == null) {
      return List.of();
    }
    Set<StoredContent.IdentifierKey> out = new LinkedHashSet<>();
    for (IBase value : child.getAccessor().getValues(resource)) {
      if (value instanceof Identifier id && id.hasSystem() && id.hasValue()) {
        if (id.getSystem().length() > MAX_KEY || id.getValue().length() > MAX_KEY) {
          throw HubException.withDetail(
              HubCodes.BAD_REQUEST,
              new Text(
                  "tunnisteen järjestelmä ja arvo saavat olla enintään 255 merkkiä pitkiä",
                  "identifierarens system och värde får vara högst 255 tecken långa",
                  "identifier system and value are limited to 255 characters"));
        }
        out.add(new StoredContent.IdentifierKey(id.getSystem(), id.getValue()));
      }
    }
    return List.copyOf(out);
  }

  private List<StoredContent.Link> links(
      IBaseResource resource, List<ResourceReferenceInfo> references) {
    String type = fhir.getResourceType(resource);
    Set<StoredContent.Link> out = new LinkedHashSet<>();
    for (ResourceReferenceInfo ref : references) {
      IIdType target = ref.getResourceReference().getReferenceElement();
      if (target == null
          || target.isAbsolute()
          || target.isLocal()
          || !target.hasResourceType()
          || !target.hasIdPart()) {
        continue;
      }
      String relative = target.getResourceType() + "/" + target.getIdPart();
      String path = type + "." + ref.getName();
      if (relative.length() <= MAX_TARGET && path.length() <= MAX_KEY) {
        out.add(new StoredContent.Link(path, relative));
      }
    }
    return new ArrayList<>(out);
  }

  /** SHA-256 of the UTF-8 bytes of {@code text}, lower-case hex. */
  public static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JVM has no SHA-256", e);
    }
  }
}
