package fi.polku.mapping.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the committed sample data is (the repository root comes from {@code polku.root}). */
public final class Samples {

  /** The five seed cities' folders. */
  public static final List<String> CITIES =
      List.of("092-vantaa", "049-espoo", "564-oulu", "837-tampere", "853-turku");

  private Samples() {}

  public static Path root() {
    String root = System.getProperty("polku.root");
    Path p = root != null ? Path.of(root) : Path.of("..");
    return p.toAbsolutePath().normalize();
  }

  public static Path city(String folder) {
    return root().resolve("samples/data/cities").resolve(folder);
  }

  public static Path koskiExamples() {
    return root().resolve("samples/data/koski-examples");
  }

  public static Path organisationRegister() {
    return root().resolve("samples/data/organisaatio/hierarkia.json");
  }

  /** The city's provider OID, as its schools name it (first data row of koulut.csv). */
  public static String providerOid(String folder) {
    try {
      List<String> lines =
          Files.readAllLines(
              city(folder).resolve("register/koulut.csv"), StandardCharsets.ISO_8859_1);
      String[] header = lines.get(0).split(";");
      String[] row = lines.get(1).split(";");
      for (int i = 0; i < header.length; i++) {
        if (header[i].equals("jarjestaja_oid")) {
          return row[i];
        }
      }
      throw new IllegalStateException("no jarjestaja_oid in koulut.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The municipality code of a city folder ({@code 092-vantaa} gives 092). */
  public static String municipality(String folder) {
    return folder.substring(0, 3);
  }
}
