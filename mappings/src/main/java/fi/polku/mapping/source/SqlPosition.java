package fi.polku.mapping.source;

import java.util.List;

/**
 * Where an incremental read of a table stopped: the modification time and key values of the last
 * row read. The next run reads rows strictly after it in {@code (time, key...)} order.
 *
 * @param time the last row's modification time, ISO-8601 local date-time
 * @param key the last row's key values (numbers as {@link Long}, others as text)
 */
public record SqlPosition(String time, List<Object> key) {}
