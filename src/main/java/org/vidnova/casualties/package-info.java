/**
 * Casualties: the lists victims are reported on (hospitals, morgues, police, the emergency service, NGOs, the
 * press), their reports imported idempotently, linked into persons, counted and estimated. Its engines are plain
 * Java subpackages: {@code linkage} (who is the same person on two lists) and {@code estimation} (multiple systems
 * estimation: how many people no list holds, from how the lists overlap, with honest intervals). Reports hold
 * personal data: analysts alone read them, each read is audited, and the audit trail, logs and errors never carry
 * names, birth dates or notes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casualties")
package org.vidnova.casualties;
