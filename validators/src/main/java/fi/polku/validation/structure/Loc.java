package fi.polku.validation.structure;

/**
 * A location in a resource, rendered as FHIRPath ({@code StudyRight.statusHistory[1].start}) only
 * when an issue needs it: building paths as strings for every element would cost more than
 * validating them.
 */
final class Loc {

  private final Loc parent;
  private final String name;
  private final int index;

  private Loc(Loc parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /** The root of a resource of type {@code type}. */
  static Loc root(String type) {
    return new Loc(null, type, -1);
  }

  /** A single-valued child. */
  Loc child(String childName) {
    return new Loc(this, childName, -1);
  }

  /** The {@code i}th value of a repeating child. */
  Loc child(String childName, int i) {
    return new Loc(this, childName, i);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    render(sb);
    return sb.toString();
  }

  private void render(StringBuilder sb) {
    if (parent != null) {
      parent.render(sb);
      sb.append('.');
    }
    sb.append(name);
    if (index >= 0) {
      sb.append('[').append(index).append(']');
    }
  }
}
