package org.partnershiprecord.api.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Request bodies written as name-value pairs, and small readers of JSON answers, for the API tests. */
public final class TestJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestJson() {
    }

    /** A JSON object of name-value pairs, leaving out null values (what the paper does not state). */
    public static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                object.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return object;
    }

    /** The same object as JSON text. */
    public static String json(Object... namesAndValues) {
        return JSON.writeValueAsString(object(namesAndValues));
    }

    public static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    public static List<String> texts(JsonNode array, String field) {
        return array.valueStream().map(node -> node.get(field).asString()).toList();
    }

    public static List<Integer> ints(JsonNode array) {
        return array.valueStream().map(JsonNode::asInt).toList();
    }
}
