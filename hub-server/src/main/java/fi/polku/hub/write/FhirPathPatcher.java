package fi.polku.hub.write;

import fi.polku.hub.problem.HubException;
import fi.polku.hub.write.FhirPathPatch.Operation;
import fi.polku.validation.api.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hl7.fhir.r5.model.Base;
import org.hl7.fhir.r5.model.PrimitiveType;
import org.hl7.fhir.r5.model.Property;
import org.hl7.fhir.r5.model.Resource;

/**
 * Applies a {@link FhirPathPatch} to a resource, operation by operation, changing it in place: the
 * caller passes a copy it can throw away, which makes the patch all-or-nothing. Paths that must
 * select one element and select none or several, an add to a single element that has a value, and
 * indexes beyond a list are 409 {@code POLKU-HUB-0208}; a value or element that does not fit the
 * resource's structure is 400 {@code POLKU-HUB-0122}; a path outside the supported FHIRPath is 400
 * {@code POLKU-HUB-0121}.
 */
public final class FhirPathPatcher {

  /** Where an element sits: the element holding it and the property it is a value of. */
  private record Slot(Base owner, Property property) {}

  private final PatchPaths paths = new PatchPaths();

  /**
   * Applies {@code patch} to {@code target}.
   *
   * @param resource what the target is, for messages ({@code Learner/3})
   */
  public void apply(FhirPathPatch patch, Resource target, String resource) {
    for (Operation o : patch.operations()) {
      Step step = new Step(o, target, resource);
      switch (o.type()) {
        case ADD -> step.add();
        case INSERT -> step.insert();
        case DELETE -> step.delete();
        case REPLACE -> step.replace();
        case MOVE -> step.move();
      }
    }
  }

  /** One operation applied to the resource. */
  private final class Step {
    private final Operation o;
    private final Resource target;
    private final String resource;
    private final PatchValues values;

    Step(Operation o, Resource target, String resource) {
      this.o = o;
      this.target = target;
      this.resource = resource;
      this.values = new PatchValues(o, target.fhirType());
    }

    /** add: a value for element {@code name} of the one element the path selects. */
    void add() {
      Base owner = one(paths.select(o, target, paths.parse(o)));
      Property p = values.property(owner, o.name());
      if (!PatchValues.isList(p) && !PatchValues.present(p).isEmpty()) {
        throw conflict(
            new Text(
                    "elementillä {name} on jo arvo; korvaa se replace-operaatiolla",
                    "elementet {name} har redan ett värde; ersätt det med replace",
                    "element {name} already has a value; use replace to change it")
                .format(Map.of("name", o.name())));
      }
      values.put(owner, o.name(), o.value());
    }

    /** insert: the value at {@code index} of the list the path names. */
    void insert() {
      PatchPaths.Split split = paths.split(o);
      Base owner = owner(split);
      Property p = list(owner, split.name());
      List<Base> now = p.getValues();
      if (o.index() > now.size()) {
        throw outOfRange("index", o.index(), now.size(), now.size());
      }
      Base added = values.put(owner, split.name(), o.value());
      List<Base> order = new ArrayList<>(now);
      order.add(o.index(), added);
      rewrite(owner, p.getName(), order);
    }

    /** delete: the one element the path selects, if it selects any. */
    void delete() {
      List<Base> found = paths.select(o, target, paths.parse(o));
      if (found.isEmpty()) {
        return;
      }
      Base element = one(found);
      Slot slot = slot(element);
      values.remove(slot.owner(), slot.property().getName(), element);
    }

    /**
     * replace: the one element the path selects, in its place. A primitive replaced by a bare
     * primitive of its type keeps its id and extensions, as JSON keeps {@code _birthDate} when
     * {@code birthDate} changes; a value with extensions of its own replaces the whole element.
     */
    void replace() {
      Base element = one(paths.select(o, target, paths.parse(o)));
      Slot slot = slot(element);
      Property p = slot.property();
      Base owner = slot.owner();
      if (o.value().datatype() != null) {
        Base copy = o.value().datatype().copy();
        values.checkType(p, p.getName(), copy);
        if (element instanceof PrimitiveType<?> old
            && copy instanceof PrimitiveType<?> fresh
            && old.fhirType().equals(fresh.fhirType())
            && !fresh.hasExtension()
            && !fresh.hasId()) {
          setPrimitive(owner, p, old, fresh);
          return;
        }
        placeAt(owner, p, element, () -> values.set(owner, p.getName(), copy));
        return;
      }
      // Parts create a new element by name; a choice's name carries the type being replaced.
      String name =
          p.getName().endsWith("[x]")
              ? p.getName().replace("[x]", "") + capitalized(element.fhirType())
              : p.getName();
      placeAt(owner, p, element, () -> values.put(owner, name, o.value()));
    }

    /** move: the element at {@code source} of the list the path names, to {@code destination}. */
    void move() {
      PatchPaths.Split split = paths.split(o);
      Base owner = owner(split);
      Property p = list(owner, split.name());
      List<Base> order = new ArrayList<>(p.getValues());
      if (order.isEmpty()) {
        throw conflict(
            new Text(
                    "luettelo {name} on tyhjä, joten siirrettävää ei ole",
                    "listan {name} är tom, så det finns inget att flytta",
                    "list {name} is empty, so there is nothing to move")
                .format(Map.of("name", split.name())));
      }
      if (o.source() >= order.size()) {
        throw outOfRange("source", o.source(), order.size(), order.size() - 1);
      }
      if (o.destination() >= order.size()) {
        throw outOfRange("destination", o.destination(), order.size(), order.size() - 1);
      }
      order.add(o.destination(), order.remove(o.source().intValue()));
      rewrite(owner, p.getName(), order);
    }

    /**
     * Puts the value {@code make} creates where {@code old} is: a single element is simply set; in
     * a list the new value (appended by {@code make}) takes {@code old}'s position.
     */
    private void placeAt(Base owner, Property p, Base old, Supplier<Base> make) {
      if (!PatchValues.isList(p)) {
        values.remove(owner, p.getName(), old);
        make.get();
        return;
      }
      List<Base> before = p.getValues();
      int at = indexOf(before, old);
      Base made = make.get();
      List<Base> order = new ArrayList<>(before);
      order.set(at, made);
      rewrite(owner, p.getName(), order);
    }

    private void setPrimitive(
        Base owner, Property p, PrimitiveType<?> old, PrimitiveType<?> fresh) {
      try {
        old.setValueAsString(fresh.getValueAsString());
      } catch (RuntimeException e) {
        // An enumerated code the element does not know; HAPI's message would quote it.
        throw values.mismatch(
            new Text(
                    "elementti {owner}.{name} ei hyväksy annettua arvoa",
                    "elementet {owner}.{name} tar inte emot det givna värdet",
                    "element {owner}.{name} does not accept the value given")
                .format(Map.of("owner", owner.fhirType(), "name", p.getName())));
      }
    }

    /** Replaces the values of list {@code name} of {@code owner} by {@code order}. */
    private void rewrite(Base owner, String name, List<Base> order) {
      for (Base v : values.property(owner, name).getValues()) {
        values.remove(owner, name, v);
      }
      for (Base v : order) {
        values.set(owner, name, v);
      }
    }

    /** The element holding the list of an insert or a move: exactly one. */
    private Base owner(PatchPaths.Split split) {
      return split.owner() == null ? target : one(paths.select(o, target, split.owner()));
    }

    private Property list(Base owner, String name) {
      Property p = values.property(owner, name);
      if (!PatchValues.isList(p)) {
        throw values.mismatch(
            new Text(
                    "elementillä {name} on vain yksi arvo, joten {type} ei sovi sille; käytä"
                        + " add- tai replace-operaatiota",
                    "elementet {name} har bara ett värde, så {type} passar inte; använd add"
                        + " eller replace",
                    "element {name} has a single value, so {type} does not apply; use add or"
                        + " replace")
                .format(Map.of("name", name, "type", o.type().code())));
      }
      return p;
    }

    /** The one element of {@code found}. */
    private Base one(List<Base> found) {
      if (found.isEmpty()) {
        throw conflict(
            new Text(
                "polku ei osu yhteenkään elementtiin",
                "sökvägen träffar inget element",
                "the path selects no element"));
      }
      if (found.size() > 1) {
        throw conflict(
            new Text(
                    "polku osuu {count} elementtiin, kun sen on osuttava täsmälleen yhteen",
                    "sökvägen träffar {count} element, men den ska träffa exakt ett",
                    "the path selects {count} elements, where it must select exactly one")
                .format(Map.of("count", Integer.toString(found.size()))));
      }
      return found.get(0);
    }

    /**
     * Where {@code element} sits in the resource, found by identity: the engine hands out the
     * resource's own objects, so a value it computed (such as {@code substring()}'s) is nowhere.
     */
    private Slot slot(Base element) {
      if (element == target) {
        throw values.mismatch(
            new Text(
                "polku valitsee koko resurssin, jota ei voi poistaa eikä korvata",
                "sökvägen väljer hela resursen, som inte kan tas bort eller ersättas",
                "the path selects the resource itself, which cannot be deleted or replaced"));
      }
      Slot found = find(target, element);
      if (found == null) {
        throw PatchPaths.error(
            o,
            new Text(
                "lauseke tuottaa arvon, joka ei ole resurssin elementti",
                "uttrycket ger ett värde som inte är ett element i resursen",
                "the expression yields a value that is not an element of the resource"));
      }
      return found;
    }

    private Slot find(Base owner, Base element) {
      for (Property p : owner.children()) {
        for (Base v : p.getValues()) {
          if (v == element) {
            return new Slot(owner, p);
          }
          Slot deeper = v == null ? null : find(v, element);
          if (deeper != null) {
            return deeper;
          }
        }
      }
      return null;
    }

    private HubException outOfRange(String part, int given, int size, int max) {
      return conflict(
          new Text(
                  "osan {part} arvo {given} on sallitun alueen ulkopuolella: luettelossa on {size}"
                      + " alkiota, joten suurin sallittu on {max}",
                  "delen {part} har värdet {given}, som ligger utanför intervallet: listan har"
                      + " {size} element, så det största tillåtna är {max}",
                  "part {part} is {given}, which is out of range: the list has {size} elements,"
                      + " so at most {max}")
              .format(
                  Map.of(
                      "part",
                      part,
                      "given",
                      Integer.toString(given),
                      "size",
                      Integer.toString(size),
                      "max",
                      Integer.toString(max))));
    }

    /** 409 {@code POLKU-HUB-0208}: the operation does not fit the resource as it now is. */
    private HubException conflict(Text detail) {
      return Patches.conflict(resource, o.label(), detail);
    }
  }

  private static int indexOf(List<Base> list, Base element) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == element) {
        return i;
      }
    }
    throw new IllegalStateException("the element was found in this list a moment ago");
  }

  private static String capitalized(String type) {
    return type.isEmpty() ? type : Character.toUpperCase(type.charAt(0)) + type.substring(1);
  }
}
