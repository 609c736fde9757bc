package fi.polku.mapping.transform;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.mapping.source.SourceRecord;

/**
 * Where field paths are evaluated: the record, and for JSON the current node (a document, or an
 * element of a repeated part) with its enclosing scopes. A scope also remembers the resources
 * produced in it, so that nested resources can reference them ({@code studyRight} of an attainment
 * is the study right of the enclosing scope).
 */
public final class Scope {

  final SourceRecord record;
  final JsonNode node;
  final Scope parent;
  final int index;
  private String[] conditions;
  private String[] keys;

  private Scope(SourceRecord record, JsonNode node, Scope parent, int index) {
    this.record = record;
    this.node = node;
    this.parent = parent;
    this.index = index;
  }

  /** The scope of a whole record. */
  static Scope of(SourceRecord record) {
    return new Scope(record, record.document(), null, -1);
  }

  /** A nested scope for {@code element}, the {@code index}-th of a repeated part. */
  Scope child(JsonNode element, int index) {
    return new Scope(record, element, this, index);
  }

  /** The record's root scope. */
  Scope root() {
    Scope s = this;
    while (s.parent != null) {
      s = s.parent;
    }
    return s;
  }

  /** Index path from the root ({@code 0/2}), for keys of repeated parts. */
  String indexPath() {
    if (parent == null) {
      return "";
    }
    String up = parent.indexPath();
    String me = index < 0 ? "" : Integer.toString(index);
    return up.isEmpty() ? me : me.isEmpty() ? up : up + "/" + me;
  }

  void produced(int slot, String key, String condition, int slots) {
    if (conditions == null) {
      conditions = new String[slots];
      keys = new String[slots];
    }
    conditions[slot] = condition;
    keys[slot] = key;
  }

  /** The condition of the resource in {@code slot} produced in this scope or an enclosing one. */
  String producedCondition(int slot) {
    for (Scope s = this; s != null; s = s.parent) {
      if (s.conditions != null && s.conditions[slot] != null) {
        return s.conditions[slot];
      }
    }
    return null;
  }

  /** The key of the resource in {@code slot} produced in this scope or an enclosing one. */
  String producedKey(int slot) {
    for (Scope s = this; s != null; s = s.parent) {
      if (s.keys != null && s.keys[slot] != null) {
        return s.keys[slot];
      }
    }
    return null;
  }
}
