package org.vidnova.audit;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What an update changed, for the audit trail: the components of two records that differ, with both values. */
public final class Changes {

    private Changes() {
    }

    /**
     * The components of {@code before} and {@code after} (records of one type) whose values differ, as
     * {@code {name: [before, after]}} in declaration order, leaving out those named in {@code ignored}.
     */
    public static <R extends Record> Map<String, Object[]> between(R before, R after, Set<String> ignored) {
        Map<String, Object[]> changed = new LinkedHashMap<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            if (ignored.contains(component.getName())) {
                continue;
            }
            try {
                java.lang.reflect.Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                Object a = accessor.invoke(before);
                Object b = accessor.invoke(after);
                if (!Objects.equals(a, b)) {
                    changed.put(component.getName(), new Object[] {a, b});
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + component.getName(), e);
            }
        }
        return changed;
    }
}
