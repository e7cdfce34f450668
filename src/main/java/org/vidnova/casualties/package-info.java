/**
 * Casualties: the lists victims are reported on (hospitals, morgues, police, the emergency service, NGOs, the
 * press), their reports imported idempotently, and, built on them, the linkage of reports into persons and the
 * estimate of the victims no list names. Reports hold personal data: analysts alone read them, each read is
 * audited, and the audit trail, logs and errors never carry names, birth dates or notes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casualties")
package org.vidnova.casualties;
