package dev.opscharter.adapters.documents.shared;

import dev.opscharter.application.shared.ImportRefused;
import dev.opscharter.application.shared.ImportRows;
import dev.opscharter.application.shared.InflationGuard;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipFile;

/**
 * The first sheet of an Excel workbook (.xlsx) as rows of text, read as a stream: the sheet's XML is
 * pulled a row at a time (StAX), so only the current row and the workbook's shared strings are held,
 * whatever the number of rows. A cell is its text for text cells (shared or inline strings,
 * formula results), {@code TRUE}/{@code FALSE}, or its number as General format shows it; a missing
 * cell is "". Row
 * numbers are the sheet's own, as Excel shows them. A file that is not a workbook is refused
 * ({@code not-a-workbook}).
 *
 * <p>A workbook is someone's upload, so every limit is named and refused with the row where it was
 * hit: at most {@value #MAX_ZIP_ENTRIES} files in the zip, sheet XML inflating to at most
 * {@link ImportRows#MAX_UNCOMPRESSED_BYTES} and shared strings to
 * {@value #MAX_SHARED_STRINGS_BYTES} bytes, either at most {@value InflationGuard#MAX_RATIO} times the
 * file (a zip bomb, stopped by the bytes read, not the sizes declared), no DTD or entity, at most
 * {@value #MAX_DEPTH} nested elements, rows up to Excel's {@value #MAX_ROW}, cells in the first
 * {@link ImportRows#MAX_FIELDS} columns (a reference such as {@code ZZZZZZ2} is refused
 * before anything is allocated for it) with at most {@link ImportRows#MAX_FIELD_LENGTH}
 * characters each.
 *
 * <p>Dates typed into Excel are numbers without a time zone: {@code occurred_at} must be text in the
 * workbook (ISO-8601 with an offset, as in the CSV), which the README says.
 */
final class WorkbookRows implements ImportRows {

    static final String NOT_A_WORKBOOK = ImportRefused.KEYS + "not-a-workbook";
    static final String CELL_REFERENCE = ImportRefused.KEYS + "cell-reference";
    static final String TOO_MANY_ENTRIES = ImportRefused.KEYS + "zip-entries";
    static final String DTD = ImportRefused.KEYS + "xml-dtd";
    static final String TOO_DEEP = ImportRefused.KEYS + "xml-depth";
    static final String SHARED_STRINGS_TOO_LARGE = ImportRefused.KEYS + "shared-strings";
    private static final String INFLATION = ImportRefused.KEYS + "inflation";
    /** Files in the zip: a workbook has a dozen, a few hundred with many sheets and pictures. */
    static final int MAX_ZIP_ENTRIES = 1_000;
    /** Excel's own last column, XFD. */
    static final int MAX_COLUMNS = 16_384;
    static final String FIELD_TOO_LONG = ImportRefused.KEYS + "field-too-long";
    static final String RECORD_TOO_LONG = ImportRefused.KEYS + "record-too-long";
    /** Excel's own last row (1,048,576); a row number beyond it is no workbook's. */
    static final long MAX_ROW = 1L << 20;
    /** Elements inside one another in the sheet XML (a sheet needs five). */
    static final int MAX_DEPTH = 32;
    /** The shared strings are held while the sheet is read: their XML may inflate to this much. */
    static final long MAX_SHARED_STRINGS_BYTES = 64L << 20;
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final OPCPackage workbook;
    private final ReadOnlySharedStringsTable sharedStrings;
    private final InflationGuard sheet;
    private final XMLStreamReader xml;
    /** Bytes of the file per byte of sheet XML, to report progress in the file's bytes. */
    private final double fileBytesPerSheetByte;
    private final List<String> cells = new ArrayList<>();
    private String[] fields = new String[0];
    private long line;
    private int depth;
    private boolean inRow;
    private int rowLength;

    private WorkbookRows(OPCPackage workbook, ReadOnlySharedStringsTable sharedStrings, InflationGuard sheet,
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
        InflationGuard strings = null;
        try {
            long fileSize = Files.size(file);
            refuseManyEntries(file);
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
            var reader = new XSSFReader(workbook);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportRefused(1, NOT_A_WORKBOOK);
            }
            // a zip bomb is stopped by the bytes the sheet and the shared strings inflate to
            var sheet = InflationGuard.inflated(sheets.next(), () -> fileSize,
                    ImportRows.MAX_UNCOMPRESSED_BYTES);
            var stringParts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
            ReadOnlySharedStringsTable sharedStrings;
            if (stringParts.isEmpty()) {
                sharedStrings = new ReadOnlySharedStringsTable(workbook);
            } else {
                strings = InflationGuard.inflated(stringParts.getFirst().getInputStream(), () -> fileSize,
                        MAX_SHARED_STRINGS_BYTES);
                sharedStrings = new ReadOnlySharedStringsTable(strings);
            }
            var factory = XMLInputFactory.newFactory();
            // a workbook is someone's upload: no DTDs, no entities (XXE, billion laughs)
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
            long sheetSize = Math.max(1, sheetSize(workbook));
            return new WorkbookRows(workbook, sharedStrings, sheet, factory.createXMLStreamReader(sheet),
                    (double) fileSize / sheetSize);
        } catch (InflationGuard.Exceeded exceeded) {
            revert(workbook);
            throw refusal(exceeded, strings, 1);
        } catch (OpenXML4JException | IOException | XMLStreamException | SAXException | POIXMLException
                 | IllegalArgumentException | IllegalStateException e) {
            // not a zip, a zip without a workbook, a corrupt or hostile one
            revert(workbook);
            var inflated = exceeded(e);
            if (inflated != null) {
                throw refusal(inflated, strings, 1);
            }
            throw notAWorkbook(e, 1);
        } catch (RuntimeException e) {
            revert(workbook);
            throw e;
        }
    }

    /** Counts the files in the zip's central directory before anything is inflated. */
    private static void refuseManyEntries(Path file) throws IOException {
        try (var zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ZIP_ENTRIES) {
                throw new ImportRefused(1, TOO_MANY_ENTRIES, MAX_ZIP_ENTRIES);
            }
        }
    }

    private static ImportRefused refusal(InflationGuard.Exceeded exceeded, @Nullable InflationGuard strings,
                                         long line) {
        if (strings != null && strings.count() > MAX_SHARED_STRINGS_BYTES) {
            return new ImportRefused(line, SHARED_STRINGS_TOO_LARGE, MAX_SHARED_STRINGS_BYTES >> 20);
        }
        return ImportRefused.inflated(exceeded, line);
    }

    /** The guard's refusal, if a parser wrapped it. */
    private static InflationGuard.@Nullable Exceeded exceeded(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InflationGuard.Exceeded exceeded) {
                return exceeded;
            }
        }
        return null;
    }

    private static ImportRefused notAWorkbook(Throwable e, long line) {
        return isZipBomb(e) ? new ImportRefused(line, INFLATION, InflationGuard.MAX_RATIO)
                : new ImportRefused(line, NOT_A_WORKBOOK);
    }

    /** POI's own zip-bomb check (an entry inflating more than a hundred times) says so only in its message. */
    private static boolean isZipBomb(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("Zip bomb detected")) {
                return true;
            }
        }
        return false;
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
                if (advance() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    readRow();
                    return true;
                }
            }
            return false;
        } catch (InflationGuard.Exceeded exceeded) {
            throw ImportRefused.inflated(exceeded, line + 1);
        } catch (XMLStreamException e) {
            var inflated = exceeded(e);
            if (inflated != null) {
                throw ImportRefused.inflated(inflated, line + 1);
            }
            throw notAWorkbook(e, line + 1);
        }
    }

    /** The next event, refusing a DTD (entities: XXE, billion laughs) and XML nested deeper than a sheet's. */
    private int advance() throws XMLStreamException {
        int event = xml.next();
        long at = inRow ? line : line + 1;
        switch (event) {
            case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE -> throw new ImportRefused(at, DTD);
            case XMLStreamConstants.START_ELEMENT -> {
                if (++depth > MAX_DEPTH) {
                    throw new ImportRefused(at, TOO_DEEP, MAX_DEPTH);
                }
            }
            case XMLStreamConstants.END_ELEMENT -> depth--;
            default -> {
            }
        }
        return event;
    }

    /** Reads the row the reader is at, up to its end tag. */
    private void readRow() throws XMLStreamException {
        var number = xml.getAttributeValue(null, "r");
        long row = number == null ? line + 1 : rowNumber(number, line + 1);
        if (row > MAX_ROW) {
            // named by where it stands (after the previous row): its own number is no row's
            throw new ImportRefused(line + 1, CELL_REFERENCE, "row " + abbreviated(number), MAX_ROW);
        }
        line = row;
        cells.clear();
        rowLength = 0;
        inRow = true;
        while (xml.hasNext()) {
            int event = advance();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                var reference = xml.getAttributeValue(null, "r");
                int column = column(reference, cells.size());
                // the column decides how many empty cells are added before it: bounded before adding
                if (column < 0 || column >= ImportRows.MAX_FIELDS) {
                    throw new ImportRefused(line, CELL_REFERENCE, abbreviated(reference),
                            ImportRows.MAX_FIELDS);
                }
                var type = xml.getAttributeValue(null, "t");
                var value = cellValue(type, column);
                rowLength += value.length();
                if (rowLength > ImportRows.MAX_RECORD_LENGTH) {
                    throw new ImportRefused(line, RECORD_TOO_LONG, ImportRows.MAX_RECORD_LENGTH);
                }
                while (cells.size() < column) {
                    cells.add("");
                }
                if (column < cells.size()) {
                    cells.set(column, value);
                } else {
                    cells.add(value);
                }
            }
        }
        inRow = false;
        fields = cells.toArray(String[]::new);
    }

    /** A row's number as the sheet gives it; {@code Long.MAX_VALUE} for one that is not a row number. */
    private static long rowNumber(String number, long next) {
        var digits = number.strip();
        if (digits.isEmpty()) {
            return next;
        }
        if (digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
            return Long.MAX_VALUE;
        }
        long row = Long.parseLong(digits);
        return row < 1 ? Long.MAX_VALUE : row;
    }

    /** A hostile reference may be long: the message shows its start. */
    private static String abbreviated(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }

    /** The cell's text, reading to the cell's end tag. */
    private String cellValue(@Nullable String type, int column) throws XMLStreamException {
        var text = new StringBuilder();
        boolean inValue = false;
        while (xml.hasNext()) {
            int event = advance();
            if (event == XMLStreamConstants.START_ELEMENT) {
                // <v> holds the value; <is><t> an inline string (rich text has several <t>)
                inValue = "v".equals(xml.getLocalName()) || "t".equals(xml.getLocalName());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if ("c".equals(xml.getLocalName())) {
                    break;
                }
                inValue = false;
            } else if (inValue && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                if (text.length() + xml.getTextLength() > ImportRows.MAX_FIELD_LENGTH) {
                    throw new ImportRefused(line, FIELD_TOO_LONG, column + 1, ImportRows.MAX_FIELD_LENGTH);
                }
                text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
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

    /**
     * The 0-based column of a cell reference ("C7" → 2); without one, the next column; -1 for a
     * reference that is no cell's (more than three letters, past XFD, or not letters A–Z).
     */
    static int column(@Nullable String reference, int next) {
        if (reference == null) {
            return next;
        }
        int column = 0;
        int i = 0;
        for (; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            char letter = Character.toUpperCase(reference.charAt(i));
            if (i == 3 || letter < 'A' || letter > 'Z') {
                return -1; // counted no further: a hostile reference never becomes a huge number
            }
            column = column * 26 + (letter - 'A' + 1);
        }
        if (column > MAX_COLUMNS) {
            return -1;
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
        return (long) (sheet.count() * fileBytesPerSheetByte);
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
}
