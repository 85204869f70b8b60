package org.partnershiprecord.projections.json;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.partnershiprecord.domain.common.RuleViolation;
import org.partnershiprecord.domain.common.TypedId;

/**
 * The one Jackson 2 configuration for the record's stored JSON (event payloads, metadata,
 * snapshots, tokens): ISO dates, typed ids written as bare strings, unknown properties tolerated
 * so that older readers survive added fields.
 */
public final class RecordJson {

    private RecordJson() {
    }

    public static ObjectMapper objectMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.registerModule(new JavaTimeModule());
        mapper.registerModule(typedIds());
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        return mapper;
    }

    private static SimpleModule typedIds() {
        SimpleModule module = new SimpleModule("typed-ids") {
            @Override
            public void setupModule(SetupContext context) {
                super.setupModule(context);
                context.addDeserializers(new Deserializers.Base() {
                    @Override
                    public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                                                                    BeanDescription description) {
                        return TypedId.class.isAssignableFrom(type.getRawClass())
                                ? new TypedIdDeserializer(type.getRawClass()) : null;
                    }
                });
            }
        };
        module.addSerializer(TypedId.class, ToStringSerializer.instance);
        return module;
    }

    /** Reads a typed id from its bare string (or from the {"value": ...} form records take by default). */
    private static final class TypedIdDeserializer extends JsonDeserializer<Object> {

        private final Constructor<?> constructor;

        TypedIdDeserializer(Class<?> type) {
            try {
                this.constructor = type.getDeclaredConstructor(String.class);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " must have a constructor taking its String value", e);
            }
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value;
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                value = ((com.fasterxml.jackson.databind.JsonNode) parser.readValueAsTree()).get("value").asText();
            } else {
                value = parser.getValueAsString();
            }
            try {
                return constructor.newInstance(value);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuleViolation violation) {
                    throw violation;
                }
                throw new IOException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IOException(e);
            }
        }
    }
}
