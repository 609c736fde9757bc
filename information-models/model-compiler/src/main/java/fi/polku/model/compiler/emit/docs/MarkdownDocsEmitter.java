package fi.polku.model.compiler.emit.docs;

import fi.polku.model.compiler.ir.Model;
import fi.polku.model.compiler.ir.Profile;
import fi.polku.model.compiler.ir.ResourceType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes the human documentation of the model as Markdown: {@code index.md}, one page per resource
 * type and per profile (kebab-case file names such as {@code study-right.md}) and {@code
 * codelists.md}.
 *
 * <p>Output depends only on the model: types, code lists and extensions are listed in name order,
 * elements in model order, and files use UTF-8 with {@code \n} line endings. Every page starts with
 * a notice that it is generated; pages carrying that notice which the current model no longer
 * produces (a removed resource type) are deleted, other files in the folder are left alone.
 */
public final class MarkdownDocsEmitter {

  /**
   * Renders every page without writing anything.
   *
   * @param model the compiled model
   * @return page file name to page content, in file name order
   * @throws IllegalArgumentException when two types would share a page file name
   */
  public SortedMap<String, String> render(Model model) {
    DocSite site = new DocSite(model);
    TypePages typePages = new TypePages(site);
    SortedMap<String, String> pages = new TreeMap<>();
    pages.put(DocSite.INDEX, new IndexPage(site).render());
    pages.put(DocSite.CODE_LISTS, new CodeListsPage(site).render());
    for (ResourceType r : site.resources()) {
      pages.put(site.page(r.name()), typePages.resourcePage(r));
    }
    for (Profile p : site.profiles()) {
      pages.put(site.page(p.name()), typePages.profilePage(p));
    }
    return pages;
  }

  /**
   * Writes the pages into {@code docsDir} (created when missing), replacing earlier generated
   * pages.
   *
   * @param model the compiled model
   * @param docsDir target folder, e.g. {@code docs/model}
   * @throws UncheckedIOException when a file cannot be written
   */
  public void emit(Model model, Path docsDir) {
    SortedMap<String, String> pages = render(model);
    try {
      Files.createDirectories(docsDir);
      for (Path stale : staleGeneratedPages(docsDir, pages)) {
        Files.delete(stale);
      }
      for (var page : pages.entrySet()) {
        Files.writeString(docsDir.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write model documentation to " + docsDir, e);
    }
  }

  private static List<Path> staleGeneratedPages(Path docsDir, SortedMap<String, String> pages)
      throws IOException {
    List<Path> stale = new ArrayList<>();
    try (Stream<Path> files = Files.list(docsDir)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".md") && !pages.containsKey(name) && isGenerated(f)) {
          stale.add(f);
        }
      }
    }
    return stale;
  }

  private static boolean isGenerated(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return Md.GENERATED_NOTICE.equals(in.readLine());
    } catch (MalformedInputException e) {
      return false;
    }
  }
}
