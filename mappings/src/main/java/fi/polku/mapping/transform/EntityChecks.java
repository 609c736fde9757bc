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
      case JSON -> {
        // file defaults to *.json; records and recurse are optional
      }
    }
  }
}
