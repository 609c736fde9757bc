package fi.polku.hub.cli;

import fi.polku.hub.model.ModelPackage;
import picocli.CommandLine;

/** Version of the hub and of the information model it serves. */
final class PolkuVersion implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    String hub = PolkuVersion.class.getPackage().getImplementationVersion();
    return new String[] {
      "Polku hub " + (hub == null ? "(development build)" : hub),
      "Information model " + ModelPackage.load().version()
    };
  }
}
