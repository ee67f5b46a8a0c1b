package org.rjkit.core.json.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.function.Function;
import org.rjkit.core.input.InvalidInputException;

/**
 * Internal: the Jackson serializers and deserializers of rjkit's Jackson modules. A document is
 * written as rjkit's own writer writes its tree, and read by building a tree with
 * {@link StrictTrees} and giving it to rjkit's own strict reader; an input error becomes a
 * {@link JsonMappingException} whose cause is the {@link InvalidInputException} carrying every
 * error.
 */
public final class Documents {

  private Documents() {}

  /**
   * A serializer that writes a value as its document tree.
   *
   * @param <T> the type written
   * @param type the type written, not null
   * @param tree the writer's {@code toTree}, not null
   * @return the serializer
   */
  public static <T> JsonSerializer<T> serializer(Class<T> type,
      Function<? super T, ObjectNode> tree) {
    checkNotNull(type, "type");
    checkNotNull(tree, "tree");
    return new JsonSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
          throws IOException {
        gen.writeTree(tree.apply(value));
      }

      @Override
      public Class<T> handledType() {
        return type;
      }
    };
  }

  /**
   * A deserializer that reads a value with a strict rjkit reader.
   *
   * @param <T> the type read
   * @param read the reader's {@code read(JsonNode)}, not null
   * @return the deserializer
   */
  public static <T> JsonDeserializer<T> deserializer(Function<JsonNode, T> read) {
    checkNotNull(read, "read");
    return new JsonDeserializer<>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        try {
          return read.apply(StrictTrees.read(p));
        } catch (InvalidInputException e) {
          throw JsonMappingException.from(p, e.getMessage(), e);
        }
      }
    };
  }

  /**
   * A serializer that refuses to write: for process content, which only the process model's
   * own writers write, under a capability.
   *
   * @param <T> the type refused
   * @param type the type refused, not null
   * @return the serializer; it throws a {@link JsonMappingException} naming the type only
   */
  public static <T> JsonSerializer<T> refusing(Class<T> type) {
    checkNotNull(type, "type");
    return new JsonSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
          throws IOException {
        throw JsonMappingException.from(gen, "rjkit never writes " + type.getSimpleName()
            + " through an ObjectMapper: process content is written only by the process"
            + " model's own writers (ProcessJson for a recipient, ProcessHistoryStorageWriter"
            + " for the system of record)");
      }

      @Override
      public Class<T> handledType() {
        return type;
      }
    };
  }
}
