package fi.polku.mapping.transform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.mapping.codes.MappingCodes;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field mapping one value (or each value of a repeated source) to a target element: read, clean
 * up the text ({@code transform}, {@code pattern}), convert, translate through a ConceptMap, shape
 * for the target type, write.
 */
final class ValueField extends FieldPlan {

  /** How the value is obtained. */
  interface Source {
    Object read(Scope scope);
  }

  private final Source source;
  private final FieldInfo info;
  private final boolean required;
  private final String defaultValue;
  private final String[] transforms;
  private final Pattern pattern;
  private final String patternText;
  private final int group;
  private final Pattern split;
  private final Conversion conversion;
  private final Translate translate;
  private final Shapes.Shape shape;
  private final TargetPath path;
  private final String targetType;

  /** A ConceptMap translation step: the map, and the target property used instead of the code. */
  record Translate(
      fi.polku.mapping.transform.spi.CodeTranslator translator, String map, String property) {}

  ValueField(
      Condition when,
      Source source,
      FieldInfo info,
      boolean required,
      String defaultValue,
      String[] transforms,
      String pattern,
      int group,
      String split,
      Conversion conversion,
      Translate translate,
      Shapes.Shape shape,
      TargetPath path,
      String targetType) {
    super(when);
    this.source = source;
    this.info = info;
    this.required = required;
    this.defaultValue = defaultValue;
    this.transforms = transforms;
    this.pattern = pattern == null ? null : Pattern.compile(pattern);
    this.patternText = pattern;
    this.group = group;
    this.split = split == null ? null : Pattern.compile(Pattern.quote(split));
    this.conversion = conversion;
    this.translate = translate;
    this.shape = shape;
    this.path = path;
    this.targetType = targetType;
  }

  @Override
  void write(Scope scope, ObjectNode target, RowContext ctx) {
    Object raw = source.read(scope);
    if (Values.isEmpty(raw)) {
      if (defaultValue != null) {
        emit(conversion.convert(defaultValue, info, ctx), target, ctx);
      } else if (required) {
        ctx.fail(
            MappingCodes.REQUIRED_VALUE_MISSING, info.column(), Map.of("column", info.column()));
      }
      return;
    }
    if (raw instanceof ArrayNode array) {
      for (JsonNode element : array) {
        if (!Values.isEmpty(element)) {
          one(element, target, ctx);
        }
      }
    } else if (split != null && Values.text(raw) != null) {
      for (String part : split.split(Values.text(raw).trim())) {
        if (!part.isBlank()) {
          one(part, target, ctx);
        }
      }
    } else {
      one(raw, target, ctx);
    }
  }

  private void one(Object raw, ObjectNode target, RowContext ctx) {
    Object value = raw;
    if (transforms != null || pattern != null) {
      value = clean(Values.text(raw), ctx);
      if (value == null) {
        return;
      }
    }
    Object typed;
    if (translate != null) {
      typed = translated(value, ctx);
    } else {
      typed = conversion.convert(value, info, ctx);
    }
    emit(typed, target, ctx);
  }

  private void emit(Object typed, ObjectNode target, RowContext ctx) {
    if (typed == null) {
      return;
    }
    JsonNode json = shape.apply(typed);
    if (json == null) {
      ctx.fail(
          MappingCodes.WRONG_VALUE_TYPE,
          info.column(),
          Map.of("column", info.column(), "expected", targetType, "actual", Values.kind(typed)));
      return;
    }
    // Only a primitive element has an _element companion.
    ObjectNode companion =
        typed instanceof Localized l && json.isTextual() ? Shapes.translations(l) : null;
    ctx.trace(path.write(target, json, companion), info.column());
  }

  private String clean(String text, RowContext ctx) {
    if (text == null) {
      return null;
    }
    String t = text;
    if (transforms != null) {
      for (String step : transforms) {
        t =
            switch (step) {
              case "trim" -> t.trim();
              case "upper" -> t.toUpperCase(Locale.ROOT);
              case "lower" -> t.toLowerCase(Locale.ROOT);
              default -> t;
            };
      }
    }
    if (pattern != null) {
      Matcher m = pattern.matcher(t);
      if (!m.find()) {
        ctx.fail(
            MappingCodes.PATTERN_MISMATCH,
            info.column(),
            Map.of("column", info.column(), "pattern", patternText));
        return null;
      }
      t = m.group(group);
    }
    return t;
  }

  private Object translated(Object value, RowContext ctx) {
    String code = value instanceof Coded c ? c.code() : Values.text(value);
    if (code == null) {
      return null;
    }
    var translation = translate.translator().translate(translate.map(), code.trim());
    if (translation instanceof fi.polku.mapping.transform.spi.CodeTranslator.Mapped m) {
      var t = m.targets().get(0);
      if (translate.property() != null) {
        Object p = t.properties().get(translate.property());
        return p == null ? null : conversion.convert(p.toString(), info, ctx);
      }
      return new Coded(t.system(), t.code(), t.display(), null, t.properties());
    }
    if (translation instanceof fi.polku.mapping.transform.spi.CodeTranslator.Unmapped) {
      return defaultValue == null ? null : conversion.convert(defaultValue, info, ctx);
    }
    ctx.fail(
        MappingCodes.UNKNOWN_CODE,
        info.column(),
        Map.of("column", info.column(), "code", info.show(code), "conceptMap", translate.map()));
    return null;
  }
}
