package jp.mamori.selection;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jp.mamori.selection.domain.SelectionEvent;
import jp.mamori.shared.FiscalYear;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;

/**
 * Stores the domain's events as JSON and reads them back exactly, so the history can be replayed
 * (selection.md invariant 6). Codes are written as plain strings, also as map keys.
 */
final class EventCodec {

    private static final Map<String, Class<? extends SelectionEvent>> TYPES = Map.of(
            "NominationsSubmitted", SelectionEvent.NominationsSubmitted.class,
            "PrefectureFilled", SelectionEvent.PrefectureFilled.class,
            "AllPrefecturesFilled", SelectionEvent.AllPrefecturesFilled.class,
            "NationalFilled", SelectionEvent.NationalFilled.class,
            "HospitalWithdrawn", SelectionEvent.HospitalWithdrawn.class,
            "HospitalDesignated", SelectionEvent.HospitalDesignated.class);

    private final ObjectMapper json;

    EventCodec() {
        SimpleModule codes = new SimpleModule("mamori-codes");
        codes.addSerializer(PrefectureCode.class, asString(PrefectureCode::value));
        codes.addDeserializer(PrefectureCode.class, fromString(PrefectureCode::new));
        codes.addKeyDeserializer(PrefectureCode.class, key(PrefectureCode::new));
        codes.addSerializer(HospitalCode.class, asString(HospitalCode::value));
        codes.addDeserializer(HospitalCode.class, fromString(HospitalCode::new));
        codes.addKeyDeserializer(HospitalCode.class, key(HospitalCode::new));
        codes.addSerializer(FiscalYear.class, asString(f -> String.valueOf(f.year())));
        codes.addDeserializer(FiscalYear.class, fromString(s -> FiscalYear.of(Integer.parseInt(s))));
        this.json = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(codes)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    static String type(SelectionEvent event) {
        return event.getClass().getSimpleName();
    }

    String write(SelectionEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the selection event " + type(event), e);
        }
    }

    SelectionEvent read(String type, String payload) {
        Class<? extends SelectionEvent> cls = TYPES.get(type);
        if (cls == null) {
            throw new IllegalStateException("Unknown selection event type " + type);
        }
        try {
            return json.readValue(payload, cls);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not read the selection event " + type, e);
        }
    }

    private static <T> JsonSerializer<T> asString(java.util.function.Function<T, String> f) {
        return new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(f.apply(value));
            }
        };
    }

    private static <T> JsonDeserializer<T> fromString(java.util.function.Function<String, T> f) {
        return new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return f.apply(p.getValueAsString());
            }
        };
    }

    private static KeyDeserializer key(java.util.function.Function<String, ?> f) {
        return new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) {
                return f.apply(key);
            }
        };
    }
}
