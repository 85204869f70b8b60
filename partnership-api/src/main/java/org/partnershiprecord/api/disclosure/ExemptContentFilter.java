package org.partnershiprecord.api.disclosure;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.partnershiprecord.api.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one place where exempt information (Local Government Act 1972, Schedule 12A) is withheld.
 * Every read path hands what it is about to show to {@link #filter}: JSON answers (through
 * {@link ExemptContentResponseAdvice}), the event feed and its stream, exports. An entry is exempt
 * when it carries a non-empty {@code exemption} / {@code exemptParagraphs} and has not been released
 * by a recorded decision. For a caller not entitled to see it, an exempt entry keeps what shows that
 * it exists (ids, dates, the body, minute and item numbers, the paragraphs relied on, who recorded it)
 * and loses everything else: text becomes a withheld notice, other values become null.
 */
@Component
public class ExemptContentFilter {

    static final Set<String> MARKERS = Set.of("exemption", "exemptParagraphs", "exemptionParagraphs");
    private static final Set<String> KEPT = Set.of("position", "sequenceNumber", "version", "eventType", "type",
            "payloadType", "revision", "aggregateType", "timestamp", "recordedAt", "recordedBy", "recorderRoles",
            "clientId", "correlationId", "causationId", "requestId", "date", "meetingDate", "decidedOn", "bodyName",
            "bodyKind", "itemNumber", "minuteReference", "documentReference", "status", "conditionStatus", "action",
            "corrected", "rescinded", "exempt", "released", "authorities", "last", "nextAfter");

    private final ExemptionReleases releases;
    private final boolean integrationSeesExempt;

    public ExemptContentFilter(ExemptionReleases releases,
                               @Value("${partnership.security.integration-sees-exempt:false}") boolean integrationSeesExempt) {
        this.releases = releases;
        this.integrationSeesExempt = integrationSeesExempt;
    }

    /** The monitoring officer sees exempt content; integrating systems only when configured to. */
    public boolean entitled(Authentication caller) {
        if (caller == null) {
            return false;
        }
        Predicate<String> has = authority -> caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority::equals);
        return has.test(Role.MONITORING_OFFICER.authority())
                || (integrationSeesExempt && has.test(Role.INTEGRATION.authority()));
    }

    /** What the caller may see of {@code value}: the value itself when entitled, else a copy with exempt parts withheld. */
    public Object filter(Object value, Authentication caller) {
        if (entitled(caller)) {
            return value;
        }
        // One read of the release facts for every aggregate the answer names, not a query per entry.
        Set<String> aggregateIds = new HashSet<>();
        collectAggregateIds(value, aggregateIds);
        return new Redaction(releases.snapshot(aggregateIds)).redact(value, null);
    }

    /** Every value of a field naming an aggregate, anywhere in the answer (entries and their payloads alike). */
    private static void collectAggregateIds(Object value, Set<String> ids) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof java.time.temporal.Temporal) {
            return;
        }
        if (value instanceof JsonNode node) {
            if (node.isArray()) {
                node.forEach(item -> collectAggregateIds(item, ids));
            } else if (node.isObject()) {
                node.properties().forEach(entry -> collect(entry.getKey(), entry.getValue(), ids));
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> collect(String.valueOf(key), item, ids));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(item -> collectAggregateIds(item, ids));
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    var accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    collect(component.getName(), accessor.invoke(value), ids);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read " + component.getName() + " of " + value.getClass(), e);
                }
            }
        }
    }

    private static void collect(String name, Object item, Set<String> ids) {
        if (ExemptionReleases.AGGREGATE_FIELDS.contains(name)) {
            String id = ExemptionReleases.text(item);
            if (id != null) {
                ids.add(id);
            }
        } else {
            collectAggregateIds(item, ids);
        }
    }

    /** One answer being redacted, against one snapshot of the releases. */
    private final class Redaction {

        private final ExemptionReleases.Snapshot releases;

        Redaction(ExemptionReleases.Snapshot releases) {
            this.releases = releases;
        }

        /** Withholds exempt content; {@code exemptParagraphs} is set when already inside an exempt entry. */
        Object redact(Object value, String exemptParagraphs) {
            if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                    || value instanceof Enum<?> || value instanceof java.time.temporal.Temporal) {
                // Inside an exempt entry a bare value (an item of a list of text, say) is content too.
                if (exemptParagraphs == null || value == null) {
                    return value;
                }
                return value instanceof String ? withheld(exemptParagraphs) : null;
            }
            if (value instanceof JsonNode node) {
                return redactJson(node, exemptParagraphs);
            }
            if (value instanceof Map<?, ?> map) {
                return redactMap(map, exemptParagraphs);
            }
            if (value instanceof Collection<?> collection) {
                List<Object> copy = new ArrayList<>(collection.size());
                collection.forEach(item -> copy.add(redact(item, exemptParagraphs)));
                return copy;
            }
            if (value.getClass().isRecord()) {
                return redactRecord((Record) value, exemptParagraphs);
            }
            return value;
        }

        private Object redactRecord(Record value, String inherited) {
            RecordComponent[] components = value.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            Map<String, Object> byName = new LinkedHashMap<>();
            for (int i = 0; i < components.length; i++) {
                try {
                    var accessor = components[i].getAccessor();
                    accessor.setAccessible(true);
                    values[i] = accessor.invoke(value);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read " + components[i].getName() + " of " + value.getClass(), e);
                }
                byName.put(components[i].getName(), values[i]);
            }
            String paragraphs = inherited != null ? inherited : exemptParagraphs(byName);
            for (int i = 0; i < components.length; i++) {
                String name = components[i].getName();
                Class<?> type = components[i].getType();
                if (paragraphs == null || kept(name)) {
                    values[i] = redact(values[i], null);
                } else if (type == String.class) {
                    values[i] = values[i] == null ? null : withheld(paragraphs);
                } else if (type.isPrimitive()) {
                    values[i] = zero(type);
                } else if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
                    values[i] = values[i] == null ? null : redact(values[i], paragraphs);
                } else if (type.isRecord() || Object.class == type || JsonNode.class.isAssignableFrom(type)
                        || Map.class.isAssignableFrom(type)) {
                    values[i] = redact(values[i], paragraphs);
                } else {
                    values[i] = null;
                }
            }
            try {
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                }
                Constructor<?> constructor = value.getClass().getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return constructor.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot rebuild " + value.getClass() + " without its exempt content", e);
            }
        }

        private Map<Object, Object> redactMap(Map<?, ?> map, String inherited) {
            Map<String, Object> byName = new LinkedHashMap<>();
            map.forEach((key, item) -> byName.put(String.valueOf(key), item));
            String paragraphs = inherited != null ? inherited : exemptParagraphs(byName);
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> {
                String name = String.valueOf(key);
                if (paragraphs == null || kept(name)) {
                    copy.put(key, redact(item, null));
                } else if (item instanceof String) {
                    copy.put(key, withheld(paragraphs));
                } else if (item instanceof Map<?, ?> || item instanceof Collection<?>) {
                    copy.put(key, redact(item, paragraphs));
                } else {
                    copy.put(key, null);
                }
            });
            return copy;
        }

        private JsonNode redactJson(JsonNode node, String inherited) {
            if (node.isArray()) {
                ArrayNode copy = JsonNodeFactory.instance.arrayNode();
                node.forEach(item -> copy.add(redactJson(item, inherited)));
                return copy;
            }
            if (!node.isObject()) {
                return inherited != null && node.isString() ? JsonNodeFactory.instance.stringNode(withheld(inherited)) : node;
            }
            Map<String, Object> byName = new LinkedHashMap<>();
            node.properties().forEach(entry -> byName.put(entry.getKey(), entry.getValue()));
            String paragraphs = inherited != null ? inherited : exemptParagraphs(byName);
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.properties().forEach(entry -> {
                String name = entry.getKey();
                JsonNode item = entry.getValue();
                if (paragraphs == null || kept(name)) {
                    copy.set(name, redactJson(item, null));
                } else if (item.isString()) {
                    copy.put(name, withheld(paragraphs));
                } else if (item.isContainer()) {
                    copy.set(name, redactJson(item, paragraphs));
                } else {
                    copy.putNull(name);
                }
            });
            return copy;
        }

        /** The paragraphs an entry is exempt under, or null when it is not exempt (or has been released). */
        private String exemptParagraphs(Map<String, Object> fields) {
            for (String marker : MARKERS) {
                Object value = fields.get(marker);
                String paragraphs = paragraphsOf(value);
                if (paragraphs != null && !releases.released(fields)) {
                    return paragraphs;
                }
            }
            String wholeAggregate = releases.aggregateExemption(fields);
            return wholeAggregate != null && !releases.released(fields) ? wholeAggregate : null;
        }
    }

    private static String paragraphsOf(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNode node) {
            if (node.isNull() || node.isMissingNode()) {
                return null;
            }
            JsonNode paragraphs = node.isObject() ? node.path("paragraphs") : node;
            String text = paragraphs.isArray() ? paragraphs.toString() : paragraphs.asString();
            return normalise(text);
        }
        if (value instanceof Map<?, ?> map) {
            return paragraphsOf(map.get("paragraphs"));
        }
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (component.getName().equals("paragraphs")) {
                    try {
                        return paragraphsOf(component.getAccessor().invoke(record));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            return null;
        }
        return normalise(value.toString());
    }

    private static String normalise(String text) {
        String paragraphs = text == null ? "" : text.replaceAll("[\\[\\]\\s\"]", "");
        return paragraphs.isEmpty() || paragraphs.equals("null") ? null : paragraphs;
    }

    private static boolean kept(String name) {
        return KEPT.contains(name) || MARKERS.contains(name) || name.equals("id") || name.endsWith("Id")
                || name.endsWith("Ids");
    }

    /** A primitive cannot be null: an amount or count inside an exempt entry is shown as zero. */
    private static Object zero(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == short.class) {
            return (short) 0;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        return 0;
    }

    static String withheld(String paragraphs) {
        return "[withheld: exempt information under Schedule 12A paragraph " + paragraphs + "]";
    }
}
