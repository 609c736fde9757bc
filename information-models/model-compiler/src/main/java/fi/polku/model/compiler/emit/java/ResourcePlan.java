package fi.polku.model.compiler.emit.java;

import fi.polku.model.compiler.ir.ResourceType;
import java.util.List;

/**
 * Everything needed to write one resource's source file.
 *
 * @param resource the IR resource type
 * @param profileUrl canonical URL of its StructureDefinition
 * @param root the resource class
 * @param blocks the nested backbone component classes, depth first in declaration order
 * @param searchParams its search parameters
 */
record ResourcePlan(
    ResourceType resource,
    String profileUrl,
    ClassPlan root,
    List<ClassPlan> blocks,
    List<SearchParamPlan> searchParams) {

  ResourcePlan {
    blocks = List.copyOf(blocks);
    searchParams = List.copyOf(searchParams);
  }
}
