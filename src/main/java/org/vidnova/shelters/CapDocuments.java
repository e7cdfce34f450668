package org.vidnova.shelters;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.vidnova.geo.District;

/**
 * Alerts as OASIS CAP 1.2 documents, and an Atom feed of the active ones (each entry carries its CAP alert), so
 * that broadcasters, apps and sirens that speak CAP can relay them. An ended alert is a CAP "Cancel".
 */
final class CapDocuments {

    static final String CAP_NS = "urn:oasis:names:tc:emergency:cap:1.2";
    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    static final String SENDER = "vidnova@kharkiv.local";
    // CAP 1.2 wants an explicit offset ("+02:00"), never "Z".
    private static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private CapDocuments() {
    }

    static String alert(Alert alert, Map<String, District> districts, String baseUrl) {
        return write(xml -> writeAlert(xml, alert, districts, baseUrl));
    }

    static String feed(List<Alert> active, Map<String, District> districts, String baseUrl) {
        return write(xml -> {
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM_NS);
            element(xml, "id", baseUrl + "/api/v1/alerts/active.cap");
            element(xml, "title", "Vidnova: active alerts / Активні тривоги");
            element(xml, "updated", time(active.stream().map(Alert::raisedAt).max(Instant::compareTo)
                    .orElse(Instant.now())));
            xml.writeStartElement("author");
            element(xml, "name", "Vidnova");
            xml.writeEndElement();
            for (Alert a : active) {
                xml.writeStartElement("entry");
                element(xml, "id", identifier(a));
                element(xml, "title", headline(a, districts));
                element(xml, "updated", time(a.raisedAt()));
                xml.writeEmptyElement("link");
                xml.writeAttribute("rel", "alternate");
                xml.writeAttribute("type", "application/cap+xml");
                xml.writeAttribute("href", baseUrl + "/api/v1/alerts/" + a.id() + ".cap");
                xml.writeStartElement("content");
                xml.writeAttribute("type", "application/cap+xml");
                writeAlert(xml, a, districts, baseUrl);
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    private interface XmlBody {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String write(XmlBody body) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write CAP XML", e);
        }
    }

    private static void writeAlert(XMLStreamWriter xml, Alert a, Map<String, District> districts, String baseUrl)
            throws XMLStreamException {
        xml.writeStartElement("alert");
        xml.writeDefaultNamespace(CAP_NS);
        element(xml, "identifier", identifier(a) + (a.active() ? "" : "-cancel"));
        element(xml, "sender", SENDER);
        element(xml, "sent", time(a.active() ? a.raisedAt() : a.endedAt()));
        element(xml, "status", "Actual");
        element(xml, "msgType", a.active() ? "Alert" : "Cancel");
        element(xml, "scope", "Public");
        if (!a.active()) {
            element(xml, "references", SENDER + "," + identifier(a) + "," + time(a.raisedAt()));
        }
        info(xml, a, districts, baseUrl, "uk-UA");
        info(xml, a, districts, baseUrl, "en-US");
        xml.writeEndElement();
    }

    private static void info(XMLStreamWriter xml, Alert a, Map<String, District> districts, String baseUrl,
            String language) throws XMLStreamException {
        boolean uk = language.startsWith("uk");
        xml.writeStartElement("info");
        element(xml, "language", language);
        element(xml, "category", "Safety");
        element(xml, "event", event(a.type(), uk));
        element(xml, "responseType", a.active() ? "Shelter" : "AllClear");
        element(xml, "urgency", a.active() ? "Immediate" : "Past");
        element(xml, "severity", a.type() == AlertType.OTHER ? "Severe" : "Extreme");
        element(xml, "certainty", "Observed");
        element(xml, "effective", time(a.raisedAt()));
        element(xml, "senderName", "Vidnova — Kharkiv");
        element(xml, "headline", uk ? "Тривога: " + event(a.type(), true) : "Alert: " + event(a.type(), false));
        element(xml, "instruction", a.active()
                ? (uk ? "Пройдіть до найближчого укриття." : "Go to the nearest shelter.")
                : (uk ? "Відбій тривоги." : "The alert has ended."));
        element(xml, "web", baseUrl + "/shelters");
        xml.writeStartElement("area");
        element(xml, "areaDesc", a.wholeCity() ? (uk ? "м. Харків" : "Kharkiv city")
                : String.join(", ", a.districts().stream().map(code -> name(districts.get(code), code, uk)).toList()));
        for (String code : a.districts()) {
            xml.writeStartElement("geocode");
            element(xml, "valueName", "KATOTTH");
            element(xml, "value", code);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static String event(AlertType type, boolean uk) {
        return switch (type) {
            case AIR_RAID -> uk ? "Повітряна тривога" : "Air raid alert";
            case ARTILLERY -> uk ? "Загроза артобстрілу" : "Artillery shelling alert";
            case OTHER -> uk ? "Тривога" : "Alert";
        };
    }

    private static String headline(Alert a, Map<String, District> districts) {
        return event(a.type(), true) + " / " + event(a.type(), false) + (a.wholeCity() ? " — Kharkiv"
                : " — " + String.join(", ", a.districts().stream().map(c -> name(districts.get(c), c, false)).toList()));
    }

    private static String name(District d, String code, boolean uk) {
        return d == null ? code : uk ? d.nameUk() + " район" : d.nameEn() + " district";
    }

    private static String identifier(Alert a) {
        return "vidnova-alert-" + a.id();
    }

    private static String time(Instant instant) {
        return CAP_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(AlertMinutes.KYIV));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
