package fi.polku.validation.structure;

import fi.polku.validation.api.Text;
import java.util.Map;

/**
 * Finnish and Swedish texts for the FHIR core invariants that can fire on Polku data (FHIR gives
 * them only in English). Invariants not listed here are shown in English in all three languages.
 */
final class CoreInvariantTexts {

  private static final Map<String, Text> TEXTS =
      Map.ofEntries(
          Map.entry(
              "per-1",
              new Text(
                  "Jakson alkamisajan on oltava sama tai aiempi kuin päättymisaika.",
                  "Periodens början måste vara samma som eller tidigare än dess slut.",
                  "If present, start SHALL have a lower or equal value than end")),
          Map.entry(
              "ref-2",
              new Text(
                  "Viittauksessa on oltava vähintään yksi elementeistä reference, identifier ja"
                      + " display (ellei sillä ole laajennusta).",
                  "En referens måste ha minst ett av elementen reference, identifier och display"
                      + " (om den inte har ett tillägg).",
                  "At least one of reference, identifier and display SHALL be present (unless an"
                      + " extension is provided).")),
          Map.entry(
              "cpt-2",
              new Text(
                  "Yhteystiedolla, jolla on arvo, on oltava myös tyyppi (system).",
                  "En kontaktuppgift som har ett värde måste också ha en typ (system).",
                  "A system is required if a value is provided.")),
          Map.entry(
              "qty-3",
              new Text(
                  "Jos mittayksikön koodi annetaan, myös sen koodisto (system) on annettava.",
                  "Om en kod för enheten anges måste även dess kodverk (system) anges.",
                  "If a code for the unit is present, the system SHALL also be present")),
          Map.entry(
              "att-1",
              new Text(
                  "Liitteellä, jolla on sisältö (data), on oltava myös sisällön tyyppi"
                      + " (contentType).",
                  "En bilaga med innehåll (data) måste också ha en innehållstyp (contentType).",
                  "If the Attachment has data, it SHALL have a contentType")),
          Map.entry(
              "txt-1",
              new Text(
                  "Kertomusteksti saa sisältää vain sallittuja HTML-muotoiluelementtejä ja"
                      + " -attribuutteja (ei esimerkiksi skriptejä).",
                  "Berättelsen får bara innehålla tillåtna HTML-formateringselement och"
                      + " -attribut (till exempel inga skript).",
                  "The narrative SHALL contain only the basic html formatting elements and"
                      + " attributes described in chapters 7-11 (except section 4 of chapter 9)"
                      + " and 15 of the HTML 4.0 standard, <a> elements (either name or href),"
                      + " images and internally contained style attributes")),
          Map.entry(
              "txt-2",
              new Text(
                  "Kertomustekstissä on oltava muutakin kuin tyhjää.",
                  "Berättelsen måste ha annat innehåll än blanksteg.",
                  "The narrative SHALL have some non-whitespace content")),
          Map.entry(
              "dom-2",
              new Text(
                  "Sisällytetty resurssi ei saa itse sisältää resursseja.",
                  "En innesluten resurs får inte själv innesluta resurser.",
                  "If the resource is contained in another resource, it SHALL NOT contain nested"
                      + " Resources")),
          Map.entry(
              "dom-3",
              new Text(
                  "Sisällytettyyn resurssiin on viitattava muualta samasta resurssista.",
                  "En innesluten resurs måste refereras från någon annanstans i samma resurs.",
                  "If the resource is contained in another resource, it SHALL be referred to from"
                      + " elsewhere in the resource or SHALL refer to the containing resource")),
          Map.entry(
              "dom-4",
              new Text(
                  "Sisällytetyllä resurssilla ei saa olla meta.versionId- eikä"
                      + " meta.lastUpdated-arvoa.",
                  "En innesluten resurs får inte ha meta.versionId eller meta.lastUpdated.",
                  "If a resource is contained in another resource, it SHALL NOT have a"
                      + " meta.versionId or a meta.lastUpdated")),
          Map.entry(
              "dom-5",
              new Text(
                  "Sisällytetyllä resurssilla ei saa olla suojausmerkintöjä.",
                  "En innesluten resurs får inte ha säkerhetsmärkningar.",
                  "If a resource is contained in another resource, it SHALL NOT have a security"
                      + " label")),
          Map.entry(
              "ident-1",
              new Text(
                  "Tunnisteesta ilman arvoa on vain vähän hyötyä.",
                  "En identifierare utan värde är till liten nytta.",
                  "Identifier with no value has limited utility.")),
          Map.entry(
              "cod-1",
              new Text(
                  "Koodauksella ei pitäisi olla näyttönimeä ilman koodia.",
                  "En kodning bör inte ha ett visningsnamn utan en kod.",
                  "A Coding SHOULD NOT have a display unless a code is also present.")));

  private CoreInvariantTexts() {}

  /** fi/sv/en for core invariant {@code key}, or null. */
  static Text of(String key) {
    return TEXTS.get(key);
  }
}
