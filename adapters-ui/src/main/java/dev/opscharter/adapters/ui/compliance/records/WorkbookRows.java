package dev.opscharter.adapters.ui.compliance.records;

import dev.opscharter.application.compliance.ImportRefused;
import dev.opscharter.application.compliance.port.in.ImportExecutionRecords.Rows;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The first sheet of an Excel workbook (.xlsx) as rows of text, read as a stream: the sheet's XML is
 * pulled a row at a time (StAX), so only the current row and the workbook's shared strings are held,
 * whatever the number of rows. A cell is its text for text cells (shared or inline strings,
 * formula results), {@code TRUE}/{@code FALSE}, or its number as General format shows it; a missing
 * cell is "". Row
 * numbers are the sheet's own, as Excel shows them. A file that is not a workbook is refused
 * ({@code not-a-workbook}).
 *
 * <p>Dates typed into Excel are numbers without a time zone: {@code occurred_at} must be text in the
 * workbook (ISO-8601 with an offset, as in the CSV), which the README says.
 */
final class WorkbookRows implements Rows {

    static final String NOT_A_WORKBOOK = "compliance.records.refused.not-a-workbook";
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final OPCPackage workbook;
    private final ReadOnlySharedStringsTable sharedStrings;
    private final CountingStream sheet;
    private final XMLStreamReader xml;
    /** Bytes of the file per byte of sheet XML, to report progress in the file's bytes. */
    private final double fileBytesPerSheetByte;
    private final List<String> cells = new ArrayList<>();
    private String[] fields = new String[0];
    private long line;

    private WorkbookRows(OPCPackage workbook, ReadOnlySharedStringsTable sharedStrings, CountingStream sheet,
                         XMLStreamReader xml, double fileBytesPerSheetByte) {
        this.workbook = workbook;
        this.sharedStrings = sharedStrings;
        this.sheet = sheet;
        this.xml = xml;
        this.fileBytesPerSheetByte = fileBytesPerSheetByte;
    }

    /** Whether the file starts like a zip archive, as every .xlsx does. */
    static boolean looksLikeWorkbook(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ZIP.length), ZIP);
        }
    }

    static WorkbookRows open(Path file) {
        OPCPackage workbook = null;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
            var reader = new XSSFReader(workbook);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportRefused(1, NOT_A_WORKBOOK);
            }
            var sheet = new CountingStream(sheets.next());
            var factory = XMLInputFactory.newFactory();
            // a workbook is someone's upload: no DTDs, no external entities
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            long sheetSize = Math.max(1, sheetSize(workbook));
            return new WorkbookRows(workbook, new ReadOnlySharedStringsTable(workbook), sheet,
                    factory.createXMLStreamReader(sheet), (double) Files.size(file) / sheetSize);
        } catch (OpenXML4JException | IOException | XMLStreamException | SAXException | POIXMLException
                 | IllegalArgumentException | IllegalStateException e) {
            // not a zip, a zip without a workbook, a corrupt or hostile one (POI's zip-bomb limits)
            revert(workbook);
            throw new ImportRefused(1, NOT_A_WORKBOOK);
        } catch (RuntimeException e) {
            revert(workbook);
            throw e;
        }
    }

    private static void revert(@Nullable OPCPackage workbook) {
        if (workbook != null) {
            workbook.revert();
        }
    }

    private static long sheetSize(OPCPackage workbook) throws InvalidFormatException {
        return workbook.getParts().stream()
                .filter(part -> part.getPartName().getName().startsWith("/xl/worksheets/"))
                .mapToLong(part -> Math.max(0, part.getSize()))
                .findFirst().orElse(0);
    }

    @Override
    public boolean next() {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    readRow();
                    return true;
                }
            }
            return false;
        } catch (XMLStreamException e) {
            throw new ImportRefused(line + 1, NOT_A_WORKBOOK);
        }
    }

    /** Reads the row the reader is at, up to its end tag. */
    private void readRow() throws XMLStreamException {
        var number = xml.getAttributeValue(null, "r");
        line = number == null ? line + 1 : Long.parseLong(number);
        cells.clear();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                int column = column(xml.getAttributeValue(null, "r"), cells.size());
                var type = xml.getAttributeValue(null, "t");
                var value = cellValue(type);
                while (cells.size() < column) {
                    cells.add("");
                }
                cells.add(value);
            }
        }
        fields = cells.toArray(String[]::new);
    }

    /** The cell's text, reading to the cell's end tag. */
    private String cellValue(@Nullable String type) throws XMLStreamException {
        var text = new StringBuilder();
        boolean inValue = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                // <v> holds the value; <is><t> an inline string (rich text has several <t>)
                inValue = "v".equals(xml.getLocalName()) || "t".equals(xml.getLocalName());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if ("c".equals(xml.getLocalName())) {
                    break;
                }
                inValue = false;
            } else if (inValue && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                text.append(xml.getText());
            }
        }
        var raw = text.toString();
        if ("s".equals(type)) {
            try {
                return sharedStrings.getItemAt(Integer.parseInt(raw.strip())).getString();
            } catch (RuntimeException notAnIndex) {
                throw new ImportRefused(line, NOT_A_WORKBOOK);
            }
        }
        if ("b".equals(type)) {
            return "1".equals(raw.strip()) ? "TRUE" : "FALSE";
        }
        if (type == null || "n".equals(type)) {
            return number(raw);
        }
        return raw;
    }

    /** A stored number as Excel shows it in General format: {@code 42.0} is 42, no exponent. */
    private static String number(String raw) {
        try {
            return new BigDecimal(raw.strip()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException notANumber) {
            return raw;
        }
    }

    /** The 0-based column of a cell reference ("C7" → 2); without one, the next column. */
    static int column(@Nullable String reference, int next) {
        if (reference == null) {
            return next;
        }
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column == 0 ? next : column - 1;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public int fieldCount() {
        return fields.length;
    }

    @Override
    public String field(int index) {
        return fields[index];
    }

    @Override
    public long bytesRead() {
        return (long) (sheet.count * fileBytesPerSheetByte);
    }

    @Override
    public void close() {
        try {
            xml.close();
            sheet.close();
        } catch (XMLStreamException | IOException e) {
            // read only: nothing is lost
        } finally {
            workbook.revert(); // opened for reading: closes without saving
        }
    }

    /** Counts the bytes of sheet XML read. */
    private static final class CountingStream extends FilterInputStream {

        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
