package fi.polku.validation.structure;

import java.util.Map;
import java.util.Set;

/**
 * What the engine knows of one code system.
 *
 * @param url canonical URL
 * @param complete true if every code is known ({@code content = complete})
 * @param codes all codes, flattened (empty unless complete)
 * @param validity dates and status of the codes that have any; most have none
 */
record CodeSystemInfo(
    String url, boolean complete, Set<String> codes, Map<String, ConceptValidity> validity) {}
