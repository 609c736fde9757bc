/**
 * FHIR terminology operations on the model's code systems and value sets: {@code
 * CodeSystem/$lookup}, {@code $validate-code} on CodeSystem and ValueSet, {@code ValueSet/$expand}
 * and {@code metadata?mode=terminology}. Everything is answered from the model package in memory;
 * nothing is stored.
 */
package fi.polku.hub.terminology;
