package fi.polku.validation.catalogue;

import fi.polku.validation.api.IssueCode;
import java.util.List;

/**
 * A set of validation codes owned by one part of the validators: the structural engine, the
 * business rules, or anything added later. Every catalogue is listed in the generated {@code
 * docs/validation/codes.md} and checked by the catalogue test (unique numbers, fi/sv/en texts, no
 * two codes with the same meaning).
 *
 * <p>To add a catalogue, implement this interface with a public no-argument constructor and name
 * the class in {@code META-INF/services/fi.polku.validation.catalogue.Catalogue}; {@link
 * Catalogues#all()} finds it with {@link java.util.ServiceLoader}. Number ranges are allocated per
 * owner (see {@link Catalogues}) so that catalogues never collide.
 */
public interface Catalogue {

  /** Short name of the owner, e.g. {@code structural} or {@code rules}; shown in the docs. */
  String name();

  /** Every code of this catalogue, in the order they should be documented. */
  List<IssueCode> codes();
}
