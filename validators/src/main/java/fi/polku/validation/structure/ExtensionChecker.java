package fi.polku.validation.structure;

import fi.polku.validation.catalogue.StructureCodes;
import fi.polku.validation.parse.JsonArray;
import fi.polku.validation.parse.JsonObject;
import fi.polku.validation.parse.JsonValue;
import fi.polku.validation.parse.PathText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Extensions: which definition validates an extension (the profile's slice for its URL, a known
 * extension definition, or the generic Extension), where a known extension may be used, ext-1 (a
 * value or nested extensions, not both), modifier extensions (Polku defines none, so any is
 * rejected) and unknown URLs in Polku's own namespace (typos, rejected).
 */
final class ExtensionChecker {

  private static final Set<String> ANYWHERE = Set.of("Element", "Base", "DataType");

  private final CompiledModel model;
  private final IssueSink sink;
  private final String polkuPrefix;

  ExtensionChecker(CompiledModel model, IssueSink sink) {
    this.model = model;
    this.sink = sink;
    this.polkuPrefix = model.polkuCanonical + "/";
  }

  /** Validates one extension {@code ext} of element {@code e} of {@code host}. */
  void extension(
      StructureWalker walker,
      JsonObject ext,
      ElementRule e,
      StructureRules host,
      Loc loc,
      Loc hostLoc) {
    String url = ext.string("url");
    if (e.modifier) {
      sink.add(StructureCodes.MODIFIER_EXTENSION, loc, "structure", "url", shown(url));
    }
    StructureRules rules = model.genericExtension;
    SliceRule slice = url == null ? null : e.slices.get(url);
    if (slice != null) {
      rules = slice.rules();
    } else if (url != null && model.extensions.containsKey(url)) {
      rules = model.extensions.get(url);
      context(rules, host, loc, hostLoc, url);
    } else if (url != null && url.startsWith(polkuPrefix)) {
      sink.add(StructureCodes.UNKNOWN_POLKU_EXTENSION, loc, "structure", "url", shown(url));
    }
    walker.object(ext, rules, loc);
    boolean hasValue = false;
    for (String name : ext.members().keySet()) {
      if (name.startsWith("value")) {
        hasValue = true;
        StructureRules.Slot slot = rules.slots.get(name);
        if (slot != null && slot.type() instanceof TypeRef.Complex c && c.rules().invariantsBelow) {
          walker.extensionWithInvariants();
        }
      }
    }
    boolean hasChildren = ext.get("extension") != null;
    if (hasValue == hasChildren && ext.size() > 0) {
      sink.add(StructureCodes.EXTENSION_VALUE_OR_CHILDREN, loc, "ext-1");
    }
  }

  /** Counts the extensions of each slice of {@code e} in {@code array}. */
  void sliceCardinality(ElementRule e, JsonArray array, Loc loc) {
    for (SliceRule slice : e.slices.values()) {
      int count = 0;
      for (JsonValue v : array.items()) {
        if (v instanceof JsonObject o && slice.url().equals(o.string("url"))) {
          count++;
        }
      }
      Loc at = loc.child(e.name + "('" + slice.url() + "')");
      if (count < slice.min()) {
        sink.add(StructureCodes.MISSING_REQUIRED, at, "structure");
      } else if (count > slice.max()) {
        if (slice.max() == 0) {
          sink.add(StructureCodes.NOT_ALLOWED, at, "structure");
        } else {
          sink.add(
              StructureCodes.TOO_MANY,
              at,
              "structure",
              "count",
              Integer.toString(count),
              "max",
              Integer.toString(slice.max()));
        }
      }
    }
  }

  /**
   * Checks the definition's element contexts against where the extension is: the host's type name,
   * its element path (the location without indexes) or a catch-all such as {@code Element}.
   * FHIRPath and extension contexts are not checked.
   */
  private void context(
      StructureRules definition, StructureRules host, Loc loc, Loc hostLoc, String url) {
    if (definition.extensionContexts.isEmpty()) {
      return;
    }
    String hostPath = null;
    List<String> allowed = new ArrayList<>();
    for (String context : definition.extensionContexts) {
      int colon = context.indexOf(':');
      String kind = context.substring(0, colon);
      String expression = context.substring(colon + 1);
      if (!kind.equals("element")
          || ANYWHERE.contains(expression)
          || expression.equals(host.name)) {
        return;
      }
      if (host.resource && (expression.equals("Resource") || expression.equals("DomainResource"))) {
        return;
      }
      if (hostPath == null) {
        hostPath = hostLoc.toString().replaceAll("\\[[0-9]+\\]", "").replace(".ofType(", "(");
      }
      if (expression.equals(hostPath)) {
        return;
      }
      allowed.add(expression);
    }
    sink.add(
        StructureCodes.EXTENSION_CONTEXT,
        loc,
        "structure",
        "url",
        shown(url),
        "contexts",
        String.join(", ", allowed));
  }

  private static String shown(String url) {
    return PathText.token(url, 200);
  }
}
