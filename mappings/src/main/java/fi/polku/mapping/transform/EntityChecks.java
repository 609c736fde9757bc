package fi.polku.mapping.transform;

import fi.polku.mapping.spec.EntitySpec;
import fi.polku.mapping.spec.SourceSpec.SourceKind;

/** Checks that an entity says where its records come from, as its source kind requires. */
final class EntityChecks {

  private EntityChecks() {}

  static void check(EntitySpec e, SourceKind kind, Problems problems) {
    switch (kind) {
      case CSV -> {
        if (e.file() == null) {
          problems.add(e.loc(), "a CSV entity needs 'file' (the file name, e.g. oppilaat.csv)");
        }
        if (e.columns().isEmpty()) {
          problems.add(e.loc(), "a CSV entity needs 'columns': the header names the mapping reads");
        }
      }
      case SQL -> {
        if (e.table() == null && e.query() == null) {
          problems.add(e.loc(), "an SQL entity needs 'table' or 'query'");
        }
        if (e.columns().isEmpty()) {
          problems.add(e.loc(), "an SQL entity needs 'columns': the columns the mapping reads");
        }
        if (e.incremental() != null
            && e.query() == null
            && !e.columns().contains(e.incremental().column())) {
          problems.add(
              e.loc(),
              "the incremental column '" + e.incremental().column() + "' must be in 'columns'");
        }
      }
      case JSON -> documentsHaveNoColumns(e, "JSON", problems);
      case XML -> {
        documentsHaveNoColumns(e, "XML", problems);
        if (e.recurse() != null) {
          problems.add(
              e.loc(), "'recurse' is for JSON trees; an XML entity names its records by 'records'");
        }
      }
    }
    if (!kind.documents() && e.records() != null) {
      problems.add(
          e.loc(),
          "'records' is for JSON and XML documents; a "
              + kind
              + " entity reads rows (by 'columns')");
    }
  }

  /** File defaults to *.json or *.xml; records is optional (the document is the record). */
  private static void documentsHaveNoColumns(EntitySpec e, String kind, Problems problems) {
    if (!e.columns().isEmpty()) {
      problems.add(
          e.loc(),
          "'columns' is for CSV and SQL rows; a "
              + kind
              + " entity reads fields by their paths (from: oppilas.sukunimi)");
    }
  }
}
