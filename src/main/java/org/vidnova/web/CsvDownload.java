package org.vidnova.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV download as every export writes it: UTF-8, LF line ends, an attachment file name, the header, and (for open
 * data) the HXL hashtag row under it. The caller writes the rows and closes the printer.
 */
public final class CsvDownload {

    private CsvDownload() {
    }

    /** Starts the download; {@code hxl} is written under the header when not null. */
    public static CSVPrinter start(HttpServletResponse response, String fileName, List<String> columns,
            List<String> hxl) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
        if (columns != null) {
            csv.printRecord(columns);
        }
        if (hxl != null) {
            csv.printRecord(hxl);
        }
        return csv;
    }
}
