package vn.innohub.audit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Hibernate;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;
import vn.innohub.shared.audit.NotAudited;
import vn.innohub.shared.audit.Redacted;

/**
 * Records every entity insert, update and delete — with the values before and after — in the same
 * transaction as the change. Records are buffered per session and chained just before commit, so a
 * rolled-back change leaves no audit record and a committed one always has its record.
 */
@Component
class EntityChangeListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
    PreCollectionUpdateEventListener {

  private static final String REDACTED = "***";

  private final ObjectMapper json;
  private final Clock clock;
  private final Map<EventSource, ChangeBuffer> buffers = new ConcurrentHashMap<>();
  private final Map<Class<?>, Map<String, Field>> fields = new ConcurrentHashMap<>();

  EntityChangeListener(EntityManagerFactory emf, ObjectMapper json, Clock clock) {
    this.json = json;
    this.clock = clock;
    EventListenerRegistry registry = emf.unwrap(SessionFactoryImplementor.class)
        .getServiceRegistry().getService(EventListenerRegistry.class);
    registry.appendListeners(EventType.POST_INSERT, this);
    registry.appendListeners(EventType.POST_UPDATE, this);
    registry.appendListeners(EventType.POST_DELETE, this);
    registry.appendListeners(EventType.PRE_COLLECTION_UPDATE, this);
  }

  @Override
  public void onPostInsert(PostInsertEvent event) {
    if (ignored(event.getEntity())) {
      return;
    }
    Map<String, Object[]> changes = new LinkedHashMap<>();
    String[] names = event.getPersister().getPropertyNames();
    for (int i = 0; i < names.length; i++) {
      if (skip(event.getPersister(), event.getEntity(), i)) {
        continue;
      }
      changes.put(names[i], new Object[] {null, render(event.getPersister(), event.getEntity(), names[i], event.getState()[i])});
    }
    buffer(event.getSession()).add("CREATE", event.getEntity(), String.valueOf(event.getId()), changes);
  }

  @Override
  public void onPostUpdate(PostUpdateEvent event) {
    if (ignored(event.getEntity()) || event.getOldState() == null) {
      return;
    }
    Map<String, Object[]> changes = new LinkedHashMap<>();
    String[] names = event.getPersister().getPropertyNames();
    for (int i = 0; i < names.length; i++) {
      if (skip(event.getPersister(), event.getEntity(), i) || event.getState()[i] instanceof PersistentCollection<?>) {
        continue;
      }
      Object before = render(event.getPersister(), event.getEntity(), names[i], event.getOldState()[i]);
      Object after = render(event.getPersister(), event.getEntity(), names[i], event.getState()[i]);
      if (!Objects.equals(before, after)) {
        changes.put(names[i], new Object[] {before, after});
      }
    }
    if (!changes.isEmpty()) {
      buffer(event.getSession()).add("UPDATE", event.getEntity(), String.valueOf(event.getId()), changes);
    }
  }

  @Override
  public void onPostDelete(PostDeleteEvent event) {
    if (ignored(event.getEntity())) {
      return;
    }
    Map<String, Object[]> changes = new LinkedHashMap<>();
    String[] names = event.getPersister().getPropertyNames();
    for (int i = 0; i < names.length; i++) {
      if (skip(event.getPersister(), event.getEntity(), i) || event.getDeletedState() == null) {
        continue;
      }
      changes.put(names[i], new Object[] {render(event.getPersister(), event.getEntity(), names[i], event.getDeletedState()[i]), null});
    }
    buffer(event.getSession()).add("DELETE", event.getEntity(), String.valueOf(event.getId()), changes);
  }

  @Override
  public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
    Object owner = event.getAffectedOwnerOrNull();
    if (owner == null || ignored(owner)) {
      return;
    }
    PersistentCollection<?> collection = event.getCollection();
    String role = collection.getRole();
    String property = role.substring(role.lastIndexOf('.') + 1);
    Field field = field(Hibernate.getClass(owner), property);
    if (field != null && field.isAnnotationPresent(NotAudited.class)) {
      return;
    }
    Object snapshot = collection.getStoredSnapshot();
    Object before = snapshot instanceof Map<?, ?> map ? sorted(map.values()) : sorted(snapshot);
    Object after = sorted(collection);
    if (!Objects.equals(before, after)) {
      Map<String, Object[]> changes = new LinkedHashMap<>();
      changes.put(property, new Object[] {before, after});
      buffer(event.getSession()).add("UPDATE", owner, String.valueOf(event.getAffectedOwnerIdOrNull()), changes);
    }
  }

  @Override
  public boolean requiresPostCommitHandling(EntityPersister persister) {
    return false;
  }

  private ChangeBuffer buffer(EventSource session) {
    return buffers.computeIfAbsent(session, s -> {
      ChangeBuffer created = new ChangeBuffer();
      s.getActionQueue().registerProcess(sessionAtCommit -> {
        buffers.remove(s);
        List<PendingRecord> records = created.drain();
        sessionAtCommit.doWork(connection -> AuditWriter.append(connection, records));
      });
      s.getActionQueue().registerProcess((success, sessionAtEnd) -> buffers.remove(s));
      return created;
    });
  }

  private boolean ignored(Object entity) {
    Class<?> type = Hibernate.getClass(entity);
    return type.isAnnotationPresent(NotAudited.class) || type.getPackageName().startsWith("vn.innohub.audit");
  }

  private boolean skip(EntityPersister persister, Object entity, int index) {
    if (persister.isVersioned() && persister.getVersionProperty() == index) {
      return true;
    }
    Field field = field(Hibernate.getClass(entity), persister.getPropertyNames()[index]);
    return field != null && field.isAnnotationPresent(NotAudited.class);
  }

  private Object render(EntityPersister persister, Object entity, String property, Object value) {
    Field field = field(Hibernate.getClass(entity), property);
    if (field != null && field.isAnnotationPresent(Redacted.class)) {
      return value == null ? null : REDACTED;
    }
    return renderValue(persister, value);
  }

  private Object renderValue(EntityPersister persister, Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Collection<?> collection) {
      if (value instanceof PersistentCollection<?> pc && !pc.wasInitialized()) {
        return "(not loaded)";
      }
      List<Object> out = new ArrayList<>();
      for (Object element : collection) {
        out.add(renderValue(persister, element));
      }
      return sorted(out);
    }
    if (value instanceof Map<?, ?> map) {
      return sorted(map.values());
    }
    if (Hibernate.getClass(value).isAnnotationPresent(Entity.class)) {
      Object id = persister.getFactory().getPersistenceUnitUtil().getIdentifier(value);
      return Hibernate.getClass(value).getSimpleName() + "#" + id;
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value;
    }
    return value.toString();
  }

  private static List<String> sorted(Object collection) {
    List<String> out = new ArrayList<>();
    if (collection instanceof Collection<?> c) {
      for (Object o : c) {
        out.add(String.valueOf(o));
      }
    }
    out.sort(null);
    return out;
  }

  private Field field(Class<?> type, String name) {
    return fields.computeIfAbsent(type, t -> {
      Map<String, Field> found = new ConcurrentHashMap<>();
      for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field f : c.getDeclaredFields()) {
          found.putIfAbsent(f.getName(), f);
        }
      }
      return found;
    }).get(name);
  }

  /** Changes of one session, merged per entity so one save makes one record. */
  private final class ChangeBuffer {
    private final Map<String, Object[]> order = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    synchronized void add(String action, Object entity, String id, Map<String, Object[]> changes) {
      String type = Hibernate.getClass(entity).getSimpleName();
      String key = type + "#" + id;
      Object[] existing = order.get(key);
      if (existing == null || "DELETE".equals(action)) {
        order.put(key, new Object[] {action, type, id, new LinkedHashMap<>(changes)});
        return;
      }
      Map<String, Object[]> merged = (Map<String, Object[]>) existing[3];
      changes.forEach((property, pair) -> merged.merge(property, pair, (old, now) -> new Object[] {old[0], now[1]}));
    }

    @SuppressWarnings("unchecked")
    synchronized List<PendingRecord> drain() {
      String actor = CurrentActor.name();
      long now = clock.millis();
      List<PendingRecord> records = new ArrayList<>();
      for (Object[] entry : order.values()) {
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        ((Map<String, Object[]>) entry[3]).forEach((property, pair) -> {
          Map<String, Object> beforeAfter = new LinkedHashMap<>();
          beforeAfter.put("before", pair[0]);
          beforeAfter.put("after", pair[1]);
          changes.put(property, beforeAfter);
        });
        records.add(new PendingRecord(now, actor, (String) entry[0], (String) entry[1], (String) entry[2], toJson(changes)));
      }
      order.clear();
      return records;
    }
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Audit changes could not be written as JSON", e);
    }
  }
}
