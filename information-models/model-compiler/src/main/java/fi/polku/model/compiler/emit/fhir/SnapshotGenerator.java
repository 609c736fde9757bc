package fi.polku.model.compiler.emit.fhir;

import fi.polku.model.compiler.check.Problems;
import fi.polku.model.compiler.ir.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r5.conformance.profile.ProfileUtilities;
import org.hl7.fhir.r5.model.ElementDefinition;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.utilities.validation.ValidationMessage;

/**
 * Generates snapshots with the FHIR core {@link ProfileUtilities}, so the package carries the same
 * snapshots any FHIR tool would compute. Problems the generator reports fail the build.
 */
public final class SnapshotGenerator {

  private static final String WEB_URL = "https://polku.fi/fhir";

  private final CoreDefinitions core;

  /** Creates a generator over {@code core}, whose model support must already hold every SD. */
  public SnapshotGenerator(CoreDefinitions core) {
    this.core = core;
  }

  /**
   * Fills in the snapshot of {@code sd}. Extensions must come before the profiles that use them.
   *
   * @param location where the definition came from, for problem messages
   */
  public void generate(StructureDefinition sd, SourceLocation location, Problems problems) {
    StructureDefinition base =
        core.worker().fetchResource(StructureDefinition.class, sd.getBaseDefinition());
    if (base == null) {
      problems.add(
          "snapshot", location, sd.getName(), "unknown base definition " + sd.getBaseDefinition());
      return;
    }
    List<ValidationMessage> messages = new ArrayList<>();
    ProfileUtilities pu = new ProfileUtilities(core.worker(), messages, null);
    try {
      pu.generateSnapshot(base, sd, sd.getUrl(), WEB_URL, sd.getName());
    } catch (FHIRException | ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException e) {
      // The generator throws on malformed differentials (e.g. duplicate paths): a model problem.
      problems.add("snapshot", location, sd.getName(), "snapshot failed: " + e.getMessage());
      return;
    }
    fixContentReferences(sd);
    for (ValidationMessage m : messages) {
      if (m.getLevel() == ValidationMessage.IssueSeverity.ERROR
          || m.getLevel() == ValidationMessage.IssueSeverity.FATAL) {
        problems.add("snapshot", location, sd.getName(), m.getLocation() + ": " + m.getMessage());
      }
    }
  }

  /**
   * The core snapshot generator qualifies content references with the FHIR core base URL, which is
   * wrong for a model type; point them at the model's own definition instead.
   */
  private static void fixContentReferences(StructureDefinition sd) {
    String wrongBase = "http://hl7.org/fhir/StructureDefinition/" + sd.getType() + "#";
    for (ElementDefinition e : sd.getSnapshot().getElement()) {
      if (e.hasContentReference() && e.getContentReference().startsWith(wrongBase)) {
        e.setContentReference(
            sd.getUrl() + "#" + e.getContentReference().substring(wrongBase.length()));
      }
    }
  }
}
