package fi.polku.model.compiler.emit.java;

import com.squareup.javapoet.ClassName;
import fi.polku.model.compiler.ir.SearchParam;
import java.util.List;

/**
 * A search parameter constant to write into a resource class.
 *
 * @param param the IR search parameter
 * @param url its canonical URL, for Javadoc
 * @param constant the constant name without prefix: {@code MOTHER_TONGUE}
 * @param targetClasses classes of its reference targets (generated or HAPI core)
 */
record SearchParamPlan(
    SearchParam param, String url, String constant, List<ClassName> targetClasses) {

  SearchParamPlan {
    targetClasses = List.copyOf(targetClasses);
  }
}
