package fi.polku.hub.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A city's sample export folder ({@code 092-vantaa/} with {@code register/} and {@code
 * ecec/ecec.sql}) and the run parameters its mappings need, read from the export itself: the
 * municipality from the folder name, the education provider from the schools file.
 */
record CityExport(Path folder, String municipality, String providerOid, String providerName) {

  /** Reads the parameters of the export in {@code folder}. */
  static CityExport of(Path folder) {
    String name = folder.getFileName().toString();
    String municipality = name.length() >= 3 ? name.substring(0, 3) : name;
    Path schools = folder.resolve("register").resolve("koulut.csv");
    try (BufferedReader r = Files.newBufferedReader(schools, StandardCharsets.ISO_8859_1)) {
      List<String> header = Arrays.asList(r.readLine().split(";", -1));
      String first = r.readLine();
      if (first == null) {
        throw new IllegalArgumentException(schools + " has no schools");
      }
      String[] row = first.split(";", -1);
      int oid = header.indexOf("jarjestaja_oid");
      int provider = header.indexOf("jarjestaja");
      if (oid < 0 || provider < 0) {
        throw new IllegalArgumentException(schools + " has no jarjestaja_oid/jarjestaja columns");
      }
      return new CityExport(folder, municipality, row[oid], row[provider]);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + schools, e);
    }
  }

  Path register() {
    return folder.resolve("register");
  }

  Path ecec() {
    return folder.resolve("ecec").resolve("ecec.sql");
  }

  Map<String, String> registerParameters() {
    return Map.of("municipality", municipality, "provider-oid", providerOid);
  }

  Map<String, String> ececParameters() {
    return Map.of(
        "municipality", municipality, "provider-oid", providerOid, "provider-name", providerName);
  }
}
